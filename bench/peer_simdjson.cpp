// peer_simdjson.cpp - the simdjson peer of bench/bench.c (built only by `make bench-peers`).
//
// What it does, exactly (simdjson On-Demand API, one reused ondemand::parser, no exceptions):
//  * dmod and microservice frames: a TYPED decode into the same gateway.h structs gw_decode fills
//    (gw_dmod_msg / gw_ms_msg). The kind is resolved from the envelope as PROTOCOLS.md says (op, t/ev,
//    cmd, d.for, direction) with find_field_unordered; every field of the typed structs is extracted
//    with a type check (string / integer / bool / null), snowflakes and decimal strings are parsed from
//    the unescaped string, arrays are counted (count_elements) and stored in the caller's scratch
//    buffer, gw_raw values point at the raw JSON in the input. Strings are unescaped by simdjson into
//    its own buffer (gw_str.escaped = 0), so the result compares equal (gw_equal) to gw_decode's.
//    Unknown keys inside typed objects are rejected. NOT checked (gateway.h checks them): duplicate
//    keys, unknown envelope keys, required keys being present, integer ranges tighter than the C type,
//    string formats (timestamps, discriminator), size caps, the D-54 token/uid rule.
//  * shard-master, i386chat, Nightingale frames: a full On-Demand traversal of every value (strings
//    unescaped, numbers parsed), no typed output.
// bench.c checks, before timing, that every typed result gw_equal()s gw_decode's.
#include <simdjson.h>
#include <cstdio>
#include <cstring>
#include <string>
#include "../gateway.h"

using namespace simdjson;

namespace {

ondemand::parser parser;

struct Arena {
    unsigned char *p;
    size_t cap, used;
    void *alloc(size_t n)
    {
        size_t at = (used + 7) & ~size_t(7);
        if (at + n > cap) return nullptr;
        used = at + n;
        return p + at;
    }
};

#define TRY(x) do { if ((x) != SUCCESS) return 1; } while (0)

int str(ondemand::value v, gw_str &out)
{
    std::string_view s;
    TRY(v.get_string().get(s));
    out.ptr = s.data();
    out.len = (uint32_t)s.size();
    out.escaped = 0;
    return 0;
}
int str_or_null(ondemand::value v, gw_str &out, bool &has)
{
    bool isnull = false;
    TRY(v.is_null().get(isnull));
    has = !isnull;
    return isnull ? 0 : str(v, out);
}
int decimal(std::string_view s, uint64_t &out)
{
    uint64_t r = 0;
    if (s.empty() || s.size() > 20 || (s.size() > 1 && s[0] == '0')) return 1;
    for (char c : s) {
        if (c < '0' || c > '9') return 1;
        uint64_t d = (uint64_t)(c - '0');
        if (r > (UINT64_MAX - d) / 10) return 1;
        r = r * 10 + d;
    }
    out = r;
    return 0;
}
int snowflake(ondemand::value v, uint64_t &out)
{
    std::string_view s;
    TRY(v.get_string().get(s));
    return decimal(s, out);
}
int u64(ondemand::value v, uint64_t &out) { TRY(v.get_uint64().get(out)); return 0; }
int u32(ondemand::value v, uint32_t &out)
{
    uint64_t x;
    TRY(v.get_uint64().get(x));
    if (x > UINT32_MAX) return 1;
    out = (uint32_t)x;
    return 0;
}
int i32(ondemand::value v, int32_t &out)
{
    int64_t x;
    TRY(v.get_int64().get(x));
    if (x < INT32_MIN || x > INT32_MAX) return 1;
    out = (int32_t)x;
    return 0;
}
int boolean(ondemand::value v, bool &out) { TRY(v.get_bool().get(out)); return 0; }
std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}
int raw(ondemand::value v, gw_raw &out)
{
    ondemand::json_type t;
    std::string_view s;
    TRY(v.type().get(t));
    if (t == ondemand::json_type::object) {
        ondemand::object o;
        TRY(v.get_object().get(o));
        TRY(o.raw_json().get(s));
    } else if (t == ondemand::json_type::array) {
        ondemand::array a;
        TRY(v.get_array().get(a));
        TRY(a.raw_json().get(s));
    } else {
        s = v.raw_json_token();
    }
    s = trim(s);
    out.ptr = s.data();
    out.len = (uint32_t)s.size();
    return 0;
}

// An array of T into the arena: count, then fill with fn(value, T&).
template <class List, class Fn> int array(ondemand::value v, Arena &A, List &out, Fn fn)
{
    using T = typename std::remove_const<typename std::remove_pointer<decltype(out.items)>::type>::type;
    ondemand::array a;
    size_t n;
    TRY(v.get_array().get(a));
    TRY(a.count_elements().get(n));
    T *items = (T *)A.alloc(n * sizeof(T) + 1);
    if (!items) return 1;
    uint32_t i = 0;
    for (auto el : a) {
        ondemand::value x;
        TRY(el.get(x));
        std::memset(&items[i], 0, sizeof(T));
        if (fn(x, items[i])) return 1;
        i++;
    }
    out.items = items;
    out.count = i;
    return 0;
}

// Iterate an object: fn(key, value) returns nonzero on error / unknown key.
template <class Fn> int object(ondemand::value v, Fn fn)
{
    ondemand::object o;
    TRY(v.get_object().get(o));
    for (auto f : o) {
        std::string_view k;
        ondemand::value val;
        TRY(f.unescaped_key().get(k));
        TRY(f.value().get(val));
        if (fn(k, val)) return 1;
    }
    return 0;
}

/* ---- dmod ---- */
int dmod_d(ondemand::value d, gw_dmod_msg &m, Arena &A)
{
    switch (m.kind) {
    case GW_DMOD_AUTHENTICATE:
        return object(d, [&](std::string_view k, ondemand::value v) {
            if (k == "token") return str_or_null(v, m.u.auth.token, m.u.auth.has_token);
            if (k == "uid") return str_or_null(v, m.u.auth.uid, m.u.auth.has_uid);
            return 1;
        });
    case GW_DMOD_AUTH_PASS:
        return object(d, [&](std::string_view k, ondemand::value v) {
            if (k != "missed_notifications") return 1;
            return array(v, A, m.u.auth_pass.missed_notifications, [&](ondemand::value e, gw_dmod_notification &n) {
                return object(e, [&](std::string_view k2, ondemand::value v2) {
                    if (k2 == "type") return str(v2, n.type);
                    if (k2 == "proccessed_type") return u32(v2, n.processed_type);
                    return 1;
                });
            });
        });
    case GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE:
        return object(d, [&](std::string_view k, ondemand::value v) {
            gw_dmod_privilege_update &p = m.u.privilege;
            if (k == "id") return str(v, p.id);
            if (k == "tag") return str(v, p.tag);
            if (k == "self") { p.has_self = true; return boolean(v, p.self); }
            if (k == "permissions") return snowflake(v, p.permissions);
            if (k == "guild_id") { p.has_guild_id = true; return str(v, p.guild_id); }
            return 1;
        });
    case GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE: case GW_DMOD_EV_APPLICATION_SESSION_HB_P:
    case GW_DMOD_EV_APPLICATION_SESSION_END: case GW_DMOD_CMD_APPLICATION_SESSION_HB_M:
        return raw(d, m.u.raw);
    case GW_DMOD_CMD_CONNECT_GUILD:
        return object(d, [&](std::string_view k, ondemand::value v) {
            if (k == "token") return str(v, m.u.connect_guild.token);
            if (k == "gid") return str(v, m.u.connect_guild.gid);
            return 1;
        });
    case GW_DMOD_CMD_DISCONNECT_GUILD: case GW_DMOD_CMD_APPLICATION_SESSION_END:
        return object(d, [&](std::string_view k, ondemand::value v) { return k == "gid" ? str(v, m.u.gid.gid) : 1; });
    case GW_DMOD_CMD_APPLICATION_SESSION:
        return object(d, [&](std::string_view k, ondemand::value v) {
            gw_dmod_app_session &s = m.u.app_session;
            if (k == "uid") return str(v, s.uid);
            if (k == "gid") return str(v, s.gid);
            if (k == "utokh") return str(v, s.utokh);
            if (k == "uhash") return str(v, s.uhash);
            return 1;
        });
    case GW_DMOD_CMD_APPLICATION_SESSION_REAUTH:
        return object(d, [&](std::string_view k, ondemand::value v) {
            gw_dmod_reauth &s = m.u.reauth;
            if (k == "utokh") return str(v, s.utokh);
            if (k == "uhash") return str(v, s.uhash);
            if (k == "pm") return snowflake(v, s.pm);
            return 1;
        });
    case GW_DMOD_RESP_CONNECT_GUILD: case GW_DMOD_RESP_DISCONNECT_GUILD:
        return object(d, [&](std::string_view k, ondemand::value v) {
            if (k == "for") return 0; /* already matched by find_field_unordered */
            if (k != "data") return 1;
            if (m.kind == GW_DMOD_RESP_DISCONNECT_GUILD)
                return object(v, [&](std::string_view k2, ondemand::value v2) {
                    return k2 == "success" ? boolean(v2, m.u.resp_disconnect.success) : 1;
                });
            return object(v, [&](std::string_view k2, ondemand::value v2) {
                if (k2 == "guild")
                    return object(v2, [&](std::string_view k3, ondemand::value v3) {
                        gw_dmod_guild &g = m.u.resp_connect.guild;
                        if (k3 == "count") return u32(v3, g.count);
                        if (k3 == "banner") return str_or_null(v3, g.banner, g.has_banner);
                        if (k3 == "icon") return str_or_null(v3, g.icon, g.has_icon);
                        if (k3 == "premium_tier") return u32(v3, g.premium_tier);
                        if (k3 == "verification_level") return u32(v3, g.verification_level);
                        if (k3 == "emojis") return array(v3, A, g.emojis, [&](ondemand::value e, gw_raw &r) { return raw(e, r); });
                        if (k3 == "current_invite_valid") return boolean(v3, g.current_invite_valid);
                        if (k3 == "vanity") return str_or_null(v3, g.vanity, g.has_vanity);
                        return 1;
                    });
                if (k2 == "user") {
                    m.u.resp_connect.has_user = true;
                    return object(v2, [&](std::string_view k3, ondemand::value v3) {
                        gw_dmod_user &u = m.u.resp_connect.user;
                        if (k3 == "id") return str(v3, u.id);
                        if (k3 == "tag") return str(v3, u.tag);
                        if (k3 == "permissions") return snowflake(v3, u.permissions);
                        return 1;
                    });
                }
                return 1;
            });
        });
    default:
        return 0;
    }
}

int find_str(ondemand::object &o, const char *key, std::string_view &s, bool &present)
{
    ondemand::value v;
    auto e = o.find_field_unordered(key).get(v);
    present = false;
    if (e == NO_SUCH_FIELD) return 0;
    TRY(e);
    bool isnull;
    TRY(v.is_null().get(isnull));
    if (isnull) return 0;
    TRY(v.get_string().get(s));
    present = true;
    return 0;
}

int dmod(ondemand::object &root, int from, gw_dmod_msg &m, Arena &A)
{
    int64_t op;
    std::string_view name;
    bool has = false;
    TRY(root.find_field_unordered("op").get_int64().get(op));
    static const gw_dmod_kind plain_s[] = { GW_DMOD_REQUEST_AUTH, GW_DMOD_NONE, GW_DMOD_AUTH_PASS, GW_DMOD_HEARTBEAT };
    if (from == GW_FROM_SERVER && (op == 0 || op == 2 || op == 3)) m.kind = plain_s[op];
    else if (from == GW_FROM_CLIENT && op == 1) m.kind = GW_DMOD_AUTHENTICATE;
    else if (from == GW_FROM_CLIENT && op == 4) m.kind = GW_DMOD_HEARTBEAT_BACK;
    else if (from == GW_FROM_SERVER && op == 5) {
        if (find_str(root, "t", name, has)) return 1;
        if (!has && find_str(root, "ev", name, has)) return 1;
        if (!has) return 1;
        if (name == "GUILD_PRIVILEGE_UPDATE") m.kind = GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE;
        else if (name == "GUILD_MEMBER_COUNT_CHANGE") m.kind = GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE;
        else if (name == "APPLICATION_SESSION_HB_P") m.kind = GW_DMOD_EV_APPLICATION_SESSION_HB_P;
        else if (name == "APPLICATION_SESSION_END") m.kind = GW_DMOD_EV_APPLICATION_SESSION_END;
        else return 1;
    } else if (from == GW_FROM_CLIENT && (op == 6 || op == 7)) {
        if (find_str(root, "cmd", name, has) || !has) return 1;
        if (op == 6 && name == "CONNECT_GUILD") m.kind = GW_DMOD_CMD_CONNECT_GUILD;
        else if (op == 6 && name == "DESCONNECT_GUILD") m.kind = GW_DMOD_CMD_DISCONNECT_GUILD;
        else if (op == 7 && name == "APPLICATION_SESSION") m.kind = GW_DMOD_CMD_APPLICATION_SESSION;
        else if (op == 7 && name == "APPLICATION_SESSION_END") m.kind = GW_DMOD_CMD_APPLICATION_SESSION_END;
        else if (op == 7 && name == "APPLICATION_SESSION_REAUTH") m.kind = GW_DMOD_CMD_APPLICATION_SESSION_REAUTH;
        else if (op == 7 && name == "APPLICATION_SESSION_HB_M") m.kind = GW_DMOD_CMD_APPLICATION_SESSION_HB_M;
        else return 1;
    } else if (from == GW_FROM_SERVER && op == 7) {
        ondemand::object d;
        TRY(root.find_field_unordered("d").get_object().get(d));
        if (find_str(d, "for", name, has) || !has) return 1;
        if (name == "CONNECT_GUILD") m.kind = GW_DMOD_RESP_CONNECT_GUILD;
        else if (name == "DESCONNECT_GUILD") m.kind = GW_DMOD_RESP_DISCONNECT_GUILD;
        else return 1;
    } else {
        return 1;
    }
    ondemand::value d;
    TRY(root.find_field_unordered("d").get(d));
    if (m.kind == GW_DMOD_REQUEST_AUTH || m.kind == GW_DMOD_HEARTBEAT || m.kind == GW_DMOD_HEARTBEAT_BACK) {
        bool isnull;
        TRY(d.is_null().get(isnull));
        return isnull ? 0 : 1;
    }
    return dmod_d(d, m, A);
}

/* ---- microservice ---- */
int ms_user(ondemand::value v, gw_ms_user &u)
{
    return object(v, [&](std::string_view k, ondemand::value x) {
        if (k == "id") return snowflake(x, u.id);
        if (k == "username") return str(x, u.username);
        if (k == "discriminator") return str(x, u.discriminator);
        if (k == "avatar") return str_or_null(x, u.avatar, u.has_avatar);
        if (k == "bot") return boolean(x, u.bot);
        return 1;
    });
}
int ms_member(ondemand::value v, gw_ms_member &m, Arena &A)
{
    return object(v, [&](std::string_view k, ondemand::value x) {
        if (k == "id") return snowflake(x, m.id);
        if (k == "guildID") { m.has_guild_id = true; return snowflake(x, m.guild_id); }
        if (k == "nickname") return str_or_null(x, m.nickname, m.has_nickname);
        if (k == "roles") return array(x, A, m.roles, [&](ondemand::value e, uint64_t &r) { return snowflake(e, r); });
        if (k == "joinedAt") return str_or_null(x, m.joined_at, m.has_joined_at);
        if (k == "user") return ms_user(x, m.user);
        return 1;
    });
}
int ms_role(ondemand::value v, gw_ms_role &r)
{
    return object(v, [&](std::string_view k, ondemand::value x) {
        if (k == "id") return snowflake(x, r.id);
        if (k == "guildID") { r.has_guild_id = true; return snowflake(x, r.guild_id); }
        if (k == "name") return str(x, r.name);
        if (k == "color") return u32(x, r.color);
        if (k == "position") return i32(x, r.position);
        if (k == "permissions") return u64(x, r.permissions);
        return 1;
    });
}
int ms_channel(ondemand::value v, gw_ms_channel &c, Arena &A)
{
    return object(v, [&](std::string_view k, ondemand::value x) {
        if (k == "id") return snowflake(x, c.id);
        if (k == "guildID") { c.has_guild_id = true; return snowflake(x, c.guild_id); }
        if (k == "type") { c.has_type = true; return u32(x, c.type); }
        if (k == "position") return i32(x, c.position);
        if (k == "name") return str(x, c.name);
        if (k == "nsfw") return boolean(x, c.nsfw);
        if (k == "overwrites") {
            c.has_overwrites = true;
            return array(x, A, c.overwrites, [&](ondemand::value e, gw_ms_overwrite &o) {
                return object(e, [&](std::string_view k2, ondemand::value y) {
                    if (k2 == "id") return snowflake(y, o.id);
                    if (k2 == "allow") return u64(y, o.allow);
                    if (k2 == "deny") return u64(y, o.deny);
                    if (k2 == "type") {
                        std::string_view s;
                        TRY(y.get_string().get(s));
                        if (s == "role") o.type = GW_MS_OVERWRITE_ROLE;
                        else if (s == "member") o.type = GW_MS_OVERWRITE_MEMBER;
                        else return 1;
                        return 0;
                    }
                    return 1;
                });
            });
        }
        if (k == "userLimit") { c.has_user_limit = true; return u32(x, c.user_limit); }
        if (k == "parentID") {
            bool isnull;
            TRY(x.is_null().get(isnull));
            c.has_parent_id = !isnull;
            return isnull ? 0 : snowflake(x, c.parent_id);
        }
        return 1;
    });
}
int ms_voice(ondemand::value v, gw_ms_voice_state &s)
{
    return object(v, [&](std::string_view k, ondemand::value x) {
        if (k == "guildID") { s.has_guild_id = true; return snowflake(x, s.guild_id); }
        if (k == "channelID") return snowflake(x, s.channel_id);
        if (k == "userID") return snowflake(x, s.user_id);
        if (k == "deaf") return boolean(x, s.deaf);
        if (k == "mute") return boolean(x, s.mute);
        if (k == "selfDeaf") return boolean(x, s.self_deaf);
        if (k == "selfMute") return boolean(x, s.self_mute);
        return 1;
    });
}
int ms_guild(ondemand::value v, gw_ms_guild &g, Arena &A)
{
    return object(v, [&](std::string_view k, ondemand::value x) {
        if (k == "id") return snowflake(x, g.id);
        if (k == "name") return str(x, g.name);
        if (k == "icon") return str_or_null(x, g.icon, g.has_icon);
        if (k == "ownerID") return snowflake(x, g.owner_id);
        if (k == "region") return str(x, g.region);
        if (k == "roles") return array(x, A, g.roles, [&](ondemand::value e, gw_ms_role &r) { return ms_role(e, r); });
        if (k == "memberCount") {
            bool isnull;
            TRY(x.is_null().get(isnull));
            g.has_member_count = !isnull;
            return isnull ? 0 : u32(x, g.member_count);
        }
        if (k == "members") { g.has_members = true; return array(x, A, g.members, [&](ondemand::value e, gw_ms_member &m) { return ms_member(e, m, A); }); }
        if (k == "voiceStates") { g.has_voice_states = true; return array(x, A, g.voice_states, [&](ondemand::value e, gw_ms_voice_state &s) { return ms_voice(e, s); }); }
        if (k == "channels") { g.has_channels = true; return array(x, A, g.channels, [&](ondemand::value e, gw_ms_channel &c) { return ms_channel(e, c, A); }); }
        return 1;
    });
}

int ms(ondemand::object &root, int from, gw_ms_msg &m, Arena &A)
{
    int64_t op;
    std::string_view t;
    bool has = false;
    TRY(root.find_field_unordered("op").get_int64().get(op));
    if (op == 2) {
        if (find_str(root, "t", t, has) || !has) return 1;
        if (t == "EXECUTE_COMMAND") m.kind = GW_MS_EXECUTE_COMMAND;
        else if (t == "IDENTIFIED" && from == GW_FROM_SERVER) m.kind = GW_MS_IDENTIFIED;
        else return 1;
    } else if (op == 0 && from == GW_FROM_CLIENT) m.kind = GW_MS_IDENTIFY;
    else if (op == 1) m.kind = from == GW_FROM_CLIENT ? GW_MS_HEARTBEAT : GW_MS_HEARTBEAT_REQUEST;
    else if (op == 3 && from == GW_FROM_SERVER) m.kind = GW_MS_HELLO;
    else if (op == 4 && from == GW_FROM_SERVER) m.kind = GW_MS_HEARTBEAT_ACK;
    else if (op == 5 && from == GW_FROM_CLIENT) m.kind = GW_MS_CACHE;
    else return 1;
    ondemand::value d;
    TRY(root.find_field_unordered("d").get(d));
    switch (m.kind) {
    case GW_MS_IDENTIFY:
        return object(d, [&](std::string_view k, ondemand::value x) {
            static const char *const names[] = { "feeds", "dashboard", "panel", "sharder", "commands" };
            if (k == "compress") return boolean(x, m.u.identify.compress);
            if (k == "secret") return str(x, m.u.identify.secret);
            if (k == "type") {
                std::string_view s;
                TRY(x.get_string().get(s));
                for (int i = 0; i < 5; i++) if (s == names[i]) { m.u.identify.type = (gw_ms_service)i; return 0; }
                return 1;
            }
            return 1;
        });
    case GW_MS_HEARTBEAT:
        return object(d, [&](std::string_view k, ondemand::value x) {
            if (k == "heapUsed") return u64(x, m.u.heartbeat.heap_used);
            if (k == "guilds") { m.u.heartbeat.has_guilds = true; return u32(x, m.u.heartbeat.guilds); }
            return 1;
        });
    case GW_MS_HEARTBEAT_REQUEST: case GW_MS_HEARTBEAT_ACK:
        return object(d, [&](std::string_view, ondemand::value) { return 1; });
    case GW_MS_HELLO:
        return object(d, [&](std::string_view k, ondemand::value x) { return k == "heartbeatInterval" ? u32(x, m.u.hello.heartbeat_interval) : 1; });
    case GW_MS_IDENTIFIED:
        return object(d, [&](std::string_view k, ondemand::value x) {
            if (k != "shards") return 1;
            m.u.identified.has_shards = true;
            return array(x, A, m.u.identified.shards, [&](ondemand::value e, uint32_t &s) { return u32(e, s); });
        });
    case GW_MS_EXECUTE_COMMAND:
        return object(d, [&](std::string_view k, ondemand::value x) {
            gw_ms_execute_command &c = m.u.execute_command;
            if (k == "command") return str(x, c.command);
            if (k == "raw") return str(x, c.raw);
            if (k == "ids")
                return object(x, [&](std::string_view k2, ondemand::value y) {
                    if (k2 == "message") return snowflake(y, c.ids.message);
                    if (k2 == "author") return snowflake(y, c.ids.author);
                    if (k2 == "channel") return snowflake(y, c.ids.channel);
                    if (k2 == "guild") return snowflake(y, c.ids.guild);
                    if (k2 == "shard") return u32(y, c.ids.shard);
                    return 1;
                });
            return 1;
        });
    case GW_MS_CACHE: {
        gw_ms_cache &c = m.u.cache;
        ondemand::object o;
        std::string_view type;
        TRY(d.get_object().get(o));
        TRY(o.find_field_unordered("type").get_string().get(type));
        static const char *const names[] = { "member", "role", "user", "guild", "channel", "voiceState" };
        int ti = -1;
        for (int i = 0; i < 6; i++) if (type == names[i]) ti = i;
        if (ti < 0) return 1;
        c.type = (gw_ms_cache_type)ti;
        ondemand::value data;
        TRY(o.find_field_unordered("data").get(data));
        switch (c.type) {
        case GW_MS_CACHE_MEMBER: return ms_member(data, c.u.member, A);
        case GW_MS_CACHE_ROLE: return ms_role(data, c.u.role);
        case GW_MS_CACHE_USER: return ms_user(data, c.u.user);
        case GW_MS_CACHE_GUILD: return ms_guild(data, c.u.guild, A);
        case GW_MS_CACHE_CHANNEL: return ms_channel(data, c.u.channel, A);
        case GW_MS_CACHE_VOICE_STATE: return ms_voice(data, c.u.voice_state);
        }
        return 1;
    }
    default:
        return 1;
    }
}

/* ---- everything else: visit every value ---- */
int visit(ondemand::value v, uint64_t &sum)
{
    ondemand::json_type t;
    TRY(v.type().get(t));
    switch (t) {
    case ondemand::json_type::object: {
        ondemand::object o;
        TRY(v.get_object().get(o));
        for (auto f : o) {
            std::string_view k;
            ondemand::value val;
            TRY(f.unescaped_key().get(k));
            TRY(f.value().get(val));
            sum += k.size();
            if (visit(val, sum)) return 1;
        }
        return 0;
    }
    case ondemand::json_type::array: {
        ondemand::array a;
        TRY(v.get_array().get(a));
        for (auto el : a) {
            ondemand::value x;
            TRY(el.get(x));
            if (visit(x, sum)) return 1;
        }
        return 0;
    }
    case ondemand::json_type::string: { std::string_view s; TRY(v.get_string().get(s)); sum += s.size(); return 0; }
    case ondemand::json_type::number: {
        ondemand::number n;
        TRY(v.get_number().get(n));
        sum += n.is_double() ? (uint64_t)n.get_double() : n.is_uint64() ? n.get_uint64() : (uint64_t)n.get_int64();
        return 0;
    }
    case ondemand::json_type::boolean: { bool b; TRY(v.get_bool().get(b)); sum += b; return 0; }
    case ondemand::json_type::null: { bool b; TRY(v.is_null().get(b)); return b ? 0 : 1; }
    }
    return 1;
}

} // namespace

extern "C" int peer_simdjson_typed(int proto) { return proto == GW_PROTO_DMOD || proto == GW_PROTO_MS; }
#define PS_STR2(x) #x
#define PS_STR(x) PS_STR2(x)
extern "C" const char *peer_simdjson_version_number(void) { return PS_STR(SIMDJSON_VERSION); }
extern "C" const char *peer_simdjson_version(void)
{
    static char v[96];
    snprintf(v, sizeof v, "%s, On-Demand kernel compiled in: %s", PS_STR(SIMDJSON_VERSION),
             PS_STR(SIMDJSON_BUILTIN_IMPLEMENTATION)); /* the inlined On-Demand code, not the .so's */
    return v;
}

/* buf[0..len) must be readable up to buf + capacity (capacity >= len + SIMDJSON_PADDING).
   msg: a gw_any_msg (typed protocols) or unused. Returns 0 on success. */
extern "C" int peer_simdjson_decode(int proto, int from, const char *buf, size_t len, size_t capacity, void *msg,
                                    void *scratch, size_t scratch_size, uint64_t *sum)
{
    ondemand::document doc;
    if (parser.iterate(buf, len, capacity).get(doc) != SUCCESS) return 1;
    Arena A{ (unsigned char *)scratch, scratch_size, 0 };
    if (proto == GW_PROTO_DMOD || proto == GW_PROTO_MS) {
        ondemand::object root;
        if (doc.get_object().get(root) != SUCCESS) return 1;
        int r;
        if (proto == GW_PROTO_DMOD) {
            gw_dmod_msg &m = *(gw_dmod_msg *)msg;
            std::memset(&m, 0, sizeof m);
            r = dmod(root, from, m, A);
            *sum += (uint64_t)m.kind;
        } else {
            gw_ms_msg &m = *(gw_ms_msg *)msg;
            std::memset(&m, 0, sizeof m);
            r = ms(root, from, m, A);
            *sum += (uint64_t)m.kind;
        }
        return r;
    }
    ondemand::value v;
    if (doc.get_value().get(v) != SUCCESS) return 1;
    return visit(v, *sum);
}

/* ---- simdjson DOM (dom::parser, one instance reused across messages) ----
   parse only: dom::parser::parse with the caller's padding (no copy), the root's type into *sum.
   walk = 1: then a full walk of every value, as the RapidJSON peer does (keys' and strings'
   lengths, numbers' values, bools). The DOM kernel is the one libsimdjson.so selects at run time. */
namespace {
dom::parser dparser;

void dom_walk(dom::element e, uint64_t &sum)
{
    switch (e.type()) {
    case dom::element_type::OBJECT: {
        dom::object o = e.get_object().value_unsafe();
        for (dom::key_value_pair kv : o) {
            sum += kv.key.size();
            dom_walk(kv.value, sum);
        }
        break;
    }
    case dom::element_type::ARRAY: {
        dom::array a = e.get_array().value_unsafe();
        for (dom::element x : a) dom_walk(x, sum);
        break;
    }
    case dom::element_type::STRING: sum += e.get_string().value_unsafe().size(); break;
    case dom::element_type::INT64: sum += (uint64_t)e.get_int64().value_unsafe(); break;
    case dom::element_type::UINT64: sum += e.get_uint64().value_unsafe(); break;
    case dom::element_type::DOUBLE: {
        double d = e.get_double().value_unsafe();
        uint64_t b;
        std::memcpy(&b, &d, sizeof b);
        sum += b;
        break;
    }
    case dom::element_type::BOOL: sum += e.get_bool().value_unsafe(); break;
    case dom::element_type::NULL_VALUE: break;
    }
}
} // namespace

/* Make the parser's buffers big enough for any frame up to max_len bytes: no allocation while timed. */
extern "C" int peer_simdjson_dom_init(size_t max_len) { return dparser.allocate(max_len) == SUCCESS ? 0 : 1; }

/* buf[0..len) readable up to buf + capacity (capacity >= len + SIMDJSON_PADDING). Returns 0 on success. */
extern "C" int peer_simdjson_dom(const char *buf, size_t len, size_t capacity, int walk, uint64_t *sum)
{
    dom::element root;
    if (capacity < len + SIMDJSON_PADDING) return 1;
    if (dparser.parse(buf, len, false).get(root) != SUCCESS) return 1;
    if (walk) dom_walk(root, *sum);
    else *sum += (uint64_t)root.type();
    return 0;
}

extern "C" const char *peer_simdjson_dom_kernel(void)
{
    static std::string n;
    n = get_active_implementation()->name();
    return n.c_str();
}
