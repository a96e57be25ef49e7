/* toy, step 3: schemas, the variant rows (made from the message list) and the protocol's
   description, in gateway.h's implementation section. */
GW__SCHEMA(gw__toy_ping, GW__F(gw_toy_ping, "n", GW__U32, n));
GW__SCHEMA(gw__toy_note, GW__F(gw_toy_note, "text", GW__STR, text), GW__FH(gw_toy_note, "id", GW__SNOWFLAKE, GW__OPT, id, has_id));
GW__SCHEMA(gw__toy_m_ping, GW__CI("op", 1), GW__FS(gw_toy_msg, "d", GW__OBJ, u.ping, &gw__toy_ping));
GW__SCHEMA(gw__toy_m_pong, GW__CI("op", 2), GW__FS(gw_toy_msg, "d", GW__OBJ, u.ping, &gw__toy_ping));
GW__SCHEMA(gw__toy_m_note, GW__CI("op", 3), GW__CS("t", "NOTE"), GW__FS(gw_toy_msg, "d", GW__OBJ, u.note, &gw__toy_note));
static const gw__variant gw__toy_variants[] = { GW__TOY_MESSAGES(GW__ROW, GW__ROW) };
static const gw__proto gw__toy_proto = {
    "toy", "op", 0, { 0, 256, 0 }, sizeof(gw_toy_msg), gw__toy_variants, GW__COUNT(gw__toy_variants),
    GW_TOY_UNKNOWN, "GW_TOY_UNKNOWN", offsetof(gw_toy_msg, u.unknown), NULL, GW__TAG("op"), NULL, 0, NULL, NULL
};
