"""End-to-end test of the examples: Python's websockets (Debian python3-websockets) against
build/ms_server and build/dmod_server, and playing an i386chat server for build/i386_client.
Everything on 127.0.0.1, ports chosen by the OS; every wait is bounded. Run by tests/e2e.sh."""
import asyncio, json, os, socket, subprocess, sys, time, zlib, base64
import websockets

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
passed = failed = 0
figures = []

def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"e2e: {name}: ok")
    else:
        failed += 1
        print(f"e2e: {name}: FAILED {detail}")

def start(binary, *args):
    p = subprocess.Popen([os.path.join(ROOT, "build", binary), "--port", "0", *args],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = p.stdout.readline()
    assert line.startswith("listening on "), line
    return p, int(line.split()[-1])

def finish(name, p):
    try:
        out, _ = p.communicate(timeout=15)
        check(f"{name} exits on its own", p.returncode == 0, out[-300:])
    except subprocess.TimeoutExpired:
        p.kill(); p.communicate()
        check(f"{name} exits on its own", False, "killed after 15 s")

async def closed_with(ws, timeout=5):
    try:
        await asyncio.wait_for(ws.wait_closed(), timeout)
    except asyncio.TimeoutError:
        return None
    return ws.close_code

async def recv_json(ws, inflater=None, timeout=5):
    m = await asyncio.wait_for(ws.recv(), timeout)
    if isinstance(m, bytes):
        m = inflater.decompress(m) if inflater else m
    return json.loads(m)

def raw_bad_frame(port):
    """Handshake by hand, then an unmasked client frame (RFC 6455 5.1: the server must fail it)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall(f"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(4096)
        if not chunk:
            break
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    s.sendall(b"\x81\x02hi")
    data = rest
    # read the server's frames (its greeting first) until a close frame: return its status code
    try:
        while True:
            while len(data) >= 2:
                ln, off = data[1] & 0x7F, 2
                if ln == 126:
                    if len(data) < 4: break
                    ln, off = int.from_bytes(data[2:4], "big"), 4
                if len(data) < off + ln: break
                if data[0] & 0x0F == 8:
                    s.close()
                    return int.from_bytes(data[off:off + 2], "big") if ln >= 2 and head.startswith(b"HTTP/1.1 101") else None
                data = data[off + ln:]
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    except socket.timeout:
        pass
    s.close()
    return None

# ---------------------------------------------------------------- microservice
async def ms_identify(port, service, compress=False, secret="secret"):
    ws = await websockets.connect(f"ws://127.0.0.1:{port}/", compression=None, max_queue=None)
    hello = await recv_json(ws)
    await ws.send(json.dumps({"op": 0, "d": {"type": service, "compress": compress, "secret": secret}}))
    return ws, hello

async def heartbeat_loop(ws, every, deflater=None):
    try:
        while True:
            await asyncio.sleep(every)
            m = b'{"op":1,"d":{"heapUsed":1024}}'
            await ws.send(deflater.compress(m) + deflater.flush(zlib.Z_SYNC_FLUSH) if deflater else m.decode())
    except (websockets.ConnectionClosed, asyncio.CancelledError):
        pass

def ms_command(i):
    return json.dumps({"op": 2, "t": "EXECUTE_COMMAND", "d": {"command": "ping", "raw": f"!ping {i}",
        "ids": {"message": str(10**17 + i), "author": "2", "channel": "3", "guild": "4", "shard": i % 4}}},
        separators=(",", ":"))

async def ms_tests():
    hb = 0.5
    p, port = start("ms_server", "--hb", "500", "--conns", "17", "--timeout", "60")
    # handshake and heartbeats
    ws, hello = await ms_identify(port, "commands")
    ok = hello == {"op": 3, "d": {"heartbeatInterval": 500}}
    ok = ok and await recv_json(ws) == {"op": 2, "t": "IDENTIFIED", "d": {}}
    for _ in range(3):
        await asyncio.sleep(0.3)
        await ws.send('{"op":1,"d":{"heapUsed":5}}')
        ok = ok and await recv_json(ws) == {"op": 4, "d": {}}
    check("ms handshake, identify, 3 heartbeats acked", ok)
    await ws.close()
    ws, _ = await ms_identify(port, "sharder")
    check("ms sharder gets its shards", await recv_json(ws) == {"op": 2, "t": "IDENTIFIED", "d": {"shards": [0, 1]}})
    await ws.close()

    # burst: 10,000 EXECUTE_COMMAND from a sharder, relayed to a commands service
    for compress in (False, True):
        n = 10000
        cmd, _ = await ms_identify(port, "commands", compress)
        inf = zlib.decompressobj() if compress else None
        await recv_json(cmd, inf)
        shd, _ = await ms_identify(port, "sharder", compress)
        inf2 = zlib.decompressobj() if compress else None
        await recv_json(shd, inf2)
        dfl = zlib.compressobj() if compress else None
        # the plain commands link heartbeats from a task; the compressed one inline (one zlib stream)
        hb_task = None if compress else asyncio.create_task(heartbeat_loop(cmd, hb * 0.8))
        t0 = time.monotonic()
        async def produce():
            for i in range(n):
                m = ms_command(i).encode()
                await shd.send(dfl.compress(m) + dfl.flush(zlib.Z_SYNC_FLUSH) if compress else m.decode())
                if i % 500 == 0:  # a sharder's heartbeat carries guilds (D-35)
                    hbm = b'{"op":1,"d":{"heapUsed":1,"guilds":4}}'
                    await shd.send(dfl.compress(hbm) + dfl.flush(zlib.Z_SYNC_FLUSH) if compress else hbm.decode())
        prod = asyncio.create_task(produce())
        got, last, bad, binary = 0, -1, 0, True
        cmd_dfl = zlib.compressobj() if compress else None
        last_hb = time.monotonic()
        deadline = time.monotonic() + 30
        while got < n and time.monotonic() < deadline:
            try:
                raw = await asyncio.wait_for(cmd.recv(), 5)
            except (asyncio.TimeoutError, websockets.ConnectionClosed):
                break
            binary = binary and isinstance(raw, bytes)
            m = json.loads(inf.decompress(raw) if compress else raw)
            if m.get("op") == 2:
                i = int(m["d"]["ids"]["message"]) - 10**17
                bad += i != last + 1
                last = i
                got += 1
            if compress and time.monotonic() - last_hb > hb * 0.6:
                hbm = b'{"op":1,"d":{"heapUsed":1}}'
                await cmd.send(cmd_dfl.compress(hbm) + cmd_dfl.flush(zlib.Z_SYNC_FLUSH))
                last_hb = time.monotonic()
        dt = time.monotonic() - t0
        await asyncio.wait_for(prod, 10)
        if hb_task:
            hb_task.cancel()
        label = "compressed " if compress else ""
        check(f"ms {label}burst of {n} events relayed in order", got == n and bad == 0 and (binary or not compress),
              f"got {got}, out of order {bad}")
        figures.append(f"ms {label}burst: {n} events in {dt:.2f} s = {n / dt:,.0f} events/s (Python peer)")
        if compress:
            # a compressed heartbeat split over two binary frames (one zlib stream)
            hbm = b'{"op":1,"d":{"heapUsed":77,"guilds":4}}'
            z = dfl.compress(hbm) + dfl.flush(zlib.Z_SYNC_FLUSH)
            await shd.send(z[:5]); await asyncio.sleep(0.05); await shd.send(z[5:])
            m = None
            for _ in range(50):
                m = await recv_json(shd, inf2)
                if m.get("op") == 4: break
            check("ms compressed message split over two frames", m == {"op": 4, "d": {}})
        await cmd.close(); await shd.close()

    # malformed input while another connection keeps being served
    keep, _ = await ms_identify(port, "panel")
    await recv_json(keep)
    acks = {"n": 0}
    async def keep_alive():  # heartbeats every 0.3 s, counting the acks
        try:
            while True:
                await keep.send('{"op":1,"d":{"heapUsed":5}}')
                if await recv_json(keep) == {"op": 4, "d": {}}: acks["n"] += 1
                await asyncio.sleep(0.3)
        except (websockets.ConnectionClosed, asyncio.CancelledError, asyncio.TimeoutError):
            pass
    ka = asyncio.create_task(keep_alive())
    async def bad(name, msgs, code, service=None, secret="secret", wait=5):
        if service:
            ws, _ = await ms_identify(port, service, secret=secret)
        else:
            ws = await websockets.connect(f"ws://127.0.0.1:{port}/", compression=None)
            await recv_json(ws)
        for m in msgs:
            await ws.send(m)
        got = await closed_with(ws, wait)
        check(f"ms {name} -> close {code}", got == code, f"got {got}")
    await bad("invalid JSON", ["{bad"], 4004)
    await bad("unknown opcode", ['{"op":9,"d":{}}'], 4003)
    await bad("invalid payload", ['{"op":0,"d":{"type":"nope","compress":false,"secret":"s"}}'], 4005)
    await bad("cache before identify", ['{"op":5,"d":{"type":"user","data":{"id":"1","username":"u","discriminator":"0001","avatar":null,"bot":false}}}'], 4000)
    await bad("wrong secret", [], 4001, "commands", secret="wrong")
    await bad("identify twice", ['{"op":0,"d":{"type":"panel","compress":false,"secret":"secret"}}'], 4002, "panel")
    await bad("EXECUTE_COMMAND from a non-sharder", [ms_command(1)], 4006, "panel")
    await bad("sharder heartbeat without guilds (D-35)", ['{"op":1,"d":{"heapUsed":5}}'], 4005, "sharder")
    await bad("no heartbeat", [], 4007, "panel", wait=3)
    code = await asyncio.get_running_loop().run_in_executor(None, raw_bad_frame, port)
    check("ms unmasked frame -> close 1002", code == 1002, f"got {code}")
    ka.cancel()
    check("ms other connection still served after the bad ones", keep.open and acks["n"] >= 3, f"acks {acks['n']}")
    await keep.close()
    finish("ms_server", p)

# ------------------------------------------------ microservice, --zlib-mode message
def whole_stream(frame):
    """A binary message that is one complete zlib stream (header, data, adler-32), inflated alone,
    as a client of the original server (deflate(JSON.stringify(data)) per message) does: the JSON,
    or None when it is not such a stream."""
    if not isinstance(frame, bytes):
        return None
    try:
        d = zlib.decompressobj()
        out = d.decompress(frame)
        if not d.eof or d.unused_data or d.unconsumed_tail or out != zlib.decompress(frame):
            return None
        return json.loads(out)
    except (zlib.error, ValueError):
        return None

async def recv_whole(ws, timeout=5):
    """The next message, which must be a whole zlib stream: (json or None, raw)."""
    raw = await asyncio.wait_for(ws.recv(), timeout)
    return whole_stream(raw), raw

async def ms_message_mode_tests():
    p, port = start("ms_server", "--zlib-mode", "message", "--hb", "500", "--conns", "3", "--timeout", "60")
    # (1) identify with compress true: IDENTIFIED and everything after it, each message a whole stream
    cmd, hello = await ms_identify(port, "commands", True)
    got, raw = await recv_whole(cmd)
    check("ms zlib-mode message: IDENTIFIED is one whole zlib stream",
          hello == {"op": 3, "d": {"heartbeatInterval": 500}} and got == {"op": 2, "t": "IDENTIFIED", "d": {}}, repr(raw))
    # (2) heartbeats as zlib.compress(json) in binary frames, and as text (a client of the original
    # sends text: the original never inflates), each acked with a whole stream
    acks = []
    for i in range(3):
        await asyncio.sleep(0.2)
        await cmd.send(zlib.compress(json.dumps({"op": 1, "d": {"heapUsed": 5 + i}}).encode()))
        acks.append((await recv_whole(cmd))[0])
    check("ms zlib-mode message: 3 zlib.compress heartbeats acked, each ack a whole stream",
          acks == [{"op": 4, "d": {}}] * 3, acks)
    await cmd.send('{"op":1,"d":{"heapUsed":9}}')
    got, raw = await recv_whole(cmd)
    check("ms zlib-mode message: text heartbeat acked with a whole stream", got == {"op": 4, "d": {}}, repr(raw))
    # (3) EXECUTE_COMMAND relayed sharder -> commands, both compressed per message
    shd, _ = await ms_identify(port, "sharder", True)
    got, raw = await recv_whole(shd)
    check("ms zlib-mode message: sharder gets its shards in a whole stream",
          got == {"op": 2, "t": "IDENTIFIED", "d": {"shards": [0, 1]}}, repr(raw))
    n = 1000
    async def produce():
        for i in range(n):
            await shd.send(zlib.compress(ms_command(i).encode()))
            if i % 250 == 0:
                await shd.send(zlib.compress(b'{"op":1,"d":{"heapUsed":1,"guilds":4}}'))
    prod = asyncio.create_task(produce())
    got_n, last, out_of_order, not_whole = 0, -1, 0, 0
    last_hb = time.monotonic()
    deadline = time.monotonic() + 30
    while got_n < n and time.monotonic() < deadline:
        try:
            m, raw = await recv_whole(cmd)
        except (asyncio.TimeoutError, websockets.ConnectionClosed):
            break
        if m is None:
            not_whole += 1
        elif m.get("op") == 2 and m.get("t") == "EXECUTE_COMMAND":
            i = int(m["d"]["ids"]["message"]) - 10**17
            out_of_order += i != last + 1
            last = i
            got_n += 1
        if time.monotonic() - last_hb > 0.3:
            await cmd.send(zlib.compress(b'{"op":1,"d":{"heapUsed":1}}'))
            last_hb = time.monotonic()
    await asyncio.wait_for(prod, 10)
    check(f"ms zlib-mode message: {n} EXECUTE_COMMAND relayed sharder -> commands, each a whole stream",
          got_n == n and out_of_order == 0 and not_whole == 0,
          f"got {got_n}, out of order {out_of_order}, not a whole stream {not_whole}")
    await cmd.close(); await shd.close()
    # a sync-flushed piece of a stream (stream mode's framing) is not a whole stream here
    ws, _ = await ms_identify(port, "panel", True)
    await recv_whole(ws)
    dfl = zlib.compressobj()
    await ws.send(dfl.compress(b'{"op":1,"d":{"heapUsed":1}}') + dfl.flush(zlib.Z_SYNC_FLUSH))
    code = await closed_with(ws)
    check("ms zlib-mode message: sync-flushed, unfinished stream -> close 4004", code == 4004, f"got {code}")
    finish("ms_server --zlib-mode message", p)

# ------------------------------------------------------ microservice, --wire original
async def until_closed(ws, timeout=5):
    """Every message up to the close (JSON), and the close code and reason."""
    got = []
    try:
        while True:
            got.append(json.loads(await asyncio.wait_for(ws.recv(), timeout)))
    except (websockets.ConnectionClosed, asyncio.TimeoutError):
        pass
    return got, ws.close_code, ws.close_reason

async def ms_original_tests():
    """ms_server --wire original refuses what the original (oxylbot/gateway 21320fd) refuses beyond
    our checker: a sharder's heartbeat without guilds closes with 4005 and the reason of its
    src/ws/handlers/heartbeat.js. The original then acks on the closing socket (and crashes on
    Node 15+); the example server sends nothing after the refusal."""
    p, port = start("ms_server", "--wire", "original", "--hb", "500", "--conns", "3", "--timeout", "60")
    # a sharder: a heartbeat with guilds is acked, one without is refused, with no ack before the close
    ws, _ = await ms_identify(port, "sharder")
    ident = await recv_json(ws)
    await ws.send('{"op":1,"d":{"heapUsed":5,"guilds":4}}')
    ack = await recv_json(ws)
    await ws.send('{"op":1,"d":{"heapUsed":5}}')
    after, code, reason = await until_closed(ws)
    check('ms --wire original: sharder heartbeat without guilds -> close 4005 "invalid or no guilds given", no ack',
          ident == {"op": 2, "t": "IDENTIFIED", "d": {"shards": [0, 1]}} and ack == {"op": 4, "d": {}}
          and after == [] and code == 4005 and reason == "invalid or no guilds given",
          f"identified {ident}, ack {ack}, then {after}, close {code} {reason!r}")
    # only a sharder must send guilds: a commands service's heartbeat without them is acked
    ws, _ = await ms_identify(port, "commands")
    await recv_json(ws)
    await ws.send('{"op":1,"d":{"heapUsed":5}}')
    ack = await recv_json(ws)
    check("ms --wire original: commands heartbeat without guilds acked", ack == {"op": 4, "d": {}} and ws.open, ack)
    await ws.close()
    # before identify the service is unknown (the original's type is null): acked too
    ws = await websockets.connect(f"ws://127.0.0.1:{port}/", compression=None)
    await recv_json(ws)
    await ws.send('{"op":1,"d":{"heapUsed":5}}')
    ack = await recv_json(ws)
    check("ms --wire original: heartbeat without guilds before identify acked", ack == {"op": 4, "d": {}} and ws.open, ack)
    await ws.close()
    finish("ms_server --wire original", p)

# -------------------------------------------- microservice, gwload --feed against a faulty router
async def ms_feed_faulty_router_tests():
    """gwload --feed against a microservice server that routes as the protocol says, played here
    in Python, which drops event 5, sends event 7 twice and swaps 10 and 11 on the way to each
    commands service: gwload must count 1 lost, 1 duplicated and 1 out of order per consumer and
    exit 1. Then the same server routing faithfully: exit 0. (No ?events query: as an original.)"""
    def route(i, pending):  # what a consumer gets when event i comes in (pending: the raw frames so far)
        if i == 5: return []
        if i == 7: return [pending[7], pending[7]]
        if i == 10: return []
        if i == 11: return [pending[11], pending[10]]
        return [pending[i]]
    for faulty in (True, False):
        commands, pending = set(), {}
        async def handler(ws, path=None):
            await ws.send('{"op":3,"d":{"heartbeatInterval":30000}}')
            try:
                async for raw in ws:
                    m = json.loads(raw)
                    if m["op"] == 0:
                        shards = {"shards": [0]} if m["d"]["type"] == "sharder" else {}
                        await ws.send(json.dumps({"op": 2, "d": shards, "t": "IDENTIFIED"}))
                        if m["d"]["type"] == "commands":
                            commands.add(ws)
                    elif m["op"] == 1:
                        await ws.send('{"op":4,"d":{}}')
                    elif m["op"] == 2 and m["t"] == "EXECUTE_COMMAND":
                        i = int(m["d"]["raw"].split()[0])
                        pending[i] = raw
                        for c in list(commands):
                            for frame in route(i, pending) if faulty else [raw]:
                                await c.send(frame)
            except websockets.ConnectionClosed:
                pass
            commands.discard(ws)
        # a host name for gwload's getaddrinfo, where localhost is 127.0.0.1 first
        host = "localhost" if socket.getaddrinfo("localhost", 80, type=socket.SOCK_STREAM)[0][4][0] == "127.0.0.1" else "127.0.0.1"
        async with websockets.serve(handler, "127.0.0.1", 0, compression=None) as server:
            port = server.sockets[0].getsockname()[1]
            proc = await asyncio.create_subprocess_exec(os.path.join(ROOT, "build", "gwload"), "--proto", "ms",
                "--url", f"ws://{host}:{port}/gateway", "--server", "original", "--feed", "--conns", "3", "--events", "20",
                "--timeout", "20", stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            try:
                out, _ = await asyncio.wait_for(proc.communicate(), 30)
            except asyncio.TimeoutError:
                proc.kill(); out = b"(killed)"
            out = out.decode()
        if faulty:
            check("gwload --feed: a router that loses, repeats and swaps events -> 1 lost, 1 duplicated, "
                  "1 out of order per consumer, exit 1", proc.returncode == 1 and
                  "to 2 consumers: 40 delivered, 2 lost, 2 duplicated, 2 out of order" in out, out)
        else:
            check("gwload --feed: a faithful router -> none lost, exit 0", proc.returncode == 0 and
                  "to 2 consumers: 40 delivered, 0 lost, 0 duplicated, 0 out of order" in out, out)

# ------------------------------------------------ gwload --origin, --gid, --token (issue 21, point 5)
async def gwload_dmod_options_tests():
    """gwload against a dmod server played here as the original is (TeamDmod/beta-socket 37d5ede,
    src/internal/main.ts): it closes 1000 "CORS" unless the Origin header is its own, authenticates
    anonymously, answers CONNECT_GUILD in the original form. gwload --origin, --gid and --token must
    reach it as given; without --origin every connection is refused."""
    want_origin, gid, token = "http://localhost:3000", "728814703266234435", "0123456789"
    seen = []
    async def handler(ws, path=None):
        if ws.request_headers.get("Origin") != want_origin:
            await ws.close(1000, "CORS")
            return
        await ws.send('{"d":null,"t":null,"op":0}')
        try:
            async for raw in ws:
                m = json.loads(raw)
                if m["op"] == 1 and m["d"] == {"token": None, "uid": None}:
                    await ws.send('{"d":{"missed_notifications":[]},"t":null,"op":2}')
                elif m["op"] == 6 and m.get("cmd") == "CONNECT_GUILD":
                    seen.append((ws.request_headers.get("Origin"), m["d"]["gid"], m["d"]["token"]))
                    guild = {"id": m["d"]["gid"], "verification_level": 0, "name": "g", "owner_id": "2", "description": None,
                             "member_count": 3, "premium_tier": 0, "vanity_url_code": None, "banner": None, "mfa_level": 1}
                    await ws.send(json.dumps({"d": {"for": "CONNECT_GUILD", "data": {"guild": guild, "user": None}}, "t": None, "op": 7}))
                else:
                    await ws.close(1000, "Unknown data")
        except websockets.ConnectionClosed:
            pass
    async def gwload(port, *extra):
        proc = await asyncio.create_subprocess_exec(os.path.join(ROOT, "build", "gwload"), "--proto", "dmod",
            "--url", f"ws://127.0.0.1:{port}/", "--server", "original", "--events", "0", "--conns", "3",
            "--timeout", "10", *extra, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            out, _ = await asyncio.wait_for(proc.communicate(), 20)
        except asyncio.TimeoutError:
            proc.kill(); out = b"(killed)"
        return proc.returncode, out.decode()
    async with websockets.serve(handler, "127.0.0.1", 0, compression=None) as server:
        port = server.sockets[0].getsockname()[1]
        rc, out = await gwload(port, "--origin", want_origin, "--gid", gid, "--token", token)
        check("gwload --origin --gid --token reach a dmod server as the original checks them",
              rc == 0 and "load: 3 passed, 0 failed" in out and seen == [(want_origin, gid, token)] * 3, f"{seen} {out}")
        seen.clear()
        rc, out = await gwload(port, "--gid", gid, "--token", token)
        check("gwload without --origin: the original-like server closes every connection (CORS), gwload fails",
              rc == 1 and "load: 0 passed, 3 failed" in out and seen == [], f"{seen} {out}")

# ---------------------------------------------------------------- dmod
async def dmod_auth(port):
    ws = await websockets.connect(f"ws://127.0.0.1:{port}/", compression=None, max_queue=None)
    first = await recv_json(ws)
    await ws.send('{"op":1,"d":{"token":null,"uid":null}}')
    return ws, first

async def dmod_tests():
    n = 10000
    # op 3 every 1.5 s, answered within 3 s: during the burst an op 3 waits behind up to a whole
    # burst of events in the socket buffers, and a loaded machine reads them slowly
    p, port = start("dmod_server", "--hb", "1500", "--events", str(n), "--conns", "9", "--timeout", "60")
    ws, first = await dmod_auth(port)
    ok = first == {"op": 0, "t": None, "d": None}
    ok = ok and await recv_json(ws) == {"op": 2, "t": None, "d": {"missed_notifications": []}}
    beats = 0
    for _ in range(2):
        m = await recv_json(ws, timeout=6)
        if m == {"op": 3, "t": None, "d": None}:
            beats += 1
            await ws.send('{"op":4,"t":null,"d":null}')
    check("dmod handshake, auth, 2 heartbeats answered", ok and beats == 2)
    # burst: CONNECT_GUILD -> response + 10,000 events, answering heartbeats meanwhile
    t0 = time.monotonic()
    await ws.send('{"op":6,"cmd":"CONNECT_GUILD","d":{"token":"abc","gid":"0001"}}')
    got, resp, last, bad = 0, None, -1, 0
    deadline = time.monotonic() + 30
    while got < n and time.monotonic() < deadline:
        try:
            m = await recv_json(ws)
        except (asyncio.TimeoutError, websockets.ConnectionClosed):
            break
        if m["op"] == 3:
            await ws.send('{"op":4,"t":null,"d":null}')
        elif m["op"] == 7:
            resp = m
        elif m["op"] == 5 and m["t"] == "GUILD_PRIVILEGE_UPDATE":
            i = int(m["d"]["permissions"]); bad += i != last + 1; last = i; got += 1
    dt = time.monotonic() - t0
    check("dmod CONNECT_GUILD response", resp is not None and resp["d"]["for"] == "CONNECT_GUILD"
          and resp["d"]["data"]["guild"]["vanity"] == "0001", resp)
    check(f"dmod burst of {n} events in order", got == n and bad == 0, f"got {got}, out of order {bad}")
    figures.append(f"dmod burst: {n} events in {dt:.2f} s = {n / dt:,.0f} events/s (Python peer)")
    await ws.send('{"op":6,"cmd":"DESCONNECT_GUILD","d":{"gid":"0001"}}')
    m = None
    for _ in range(20):
        m = await recv_json(ws)
        if m["op"] == 7: break
        if m["op"] == 3: await ws.send('{"op":4,"t":null,"d":null}')
    check("dmod DESCONNECT_GUILD response", m == {"op": 7, "t": None, "d": {"for": "DESCONNECT_GUILD", "data": {"success": True}}}, m)
    await ws.close()

    # D-54: the seed allows (token, null), basic data with a hash token; the default server accepts it
    # (the --wire original server refuses it, dmod_original_tests)
    ws = await websockets.connect(f"ws://127.0.0.1:{port}/", compression=None)
    await recv_json(ws)
    await ws.send('{"op":1,"d":{"token":"abc","uid":null}}')
    passed_auth = await recv_json(ws) == {"op": 2, "t": None, "d": {"missed_notifications": []}}
    beat = await recv_json(ws, timeout=6) == {"op": 3, "t": None, "d": None}
    await ws.send('{"op":4,"t":null,"d":null}')
    await asyncio.sleep(0.1)
    check("dmod default (seed) server accepts token with uid null", passed_auth and beat and ws.open,
          f"auth pass {passed_auth}, heartbeat {beat}, close {ws.close_code} {ws.close_reason!r}")
    await ws.close()

    keep, _ = await dmod_auth(port)
    await recv_json(keep)
    hbs = {"n": 0, "resp": None}
    async def keep_alive():  # answer the server's heartbeats, note command responses
        try:
            while True:
                m = await keep.recv()
                m = json.loads(m)
                if m["op"] == 3:
                    hbs["n"] += 1
                    await keep.send('{"op":4,"t":null,"d":null}')
                elif m["op"] == 7:
                    hbs["resp"] = m
        except (websockets.ConnectionClosed, asyncio.CancelledError):
            pass
    ka = asyncio.create_task(keep_alive())
    async def bad(name, msgs, code, auth=True, wait=5):
        ws, _ = await dmod_auth(port) if auth else (await websockets.connect(f"ws://127.0.0.1:{port}/", compression=None), None)
        if not auth:
            await recv_json(ws)
        for m in msgs:
            await ws.send(m)
        got = await closed_with(ws, wait)
        check(f"dmod {name} -> close {code}", got == code, f"got {got}")
    await bad("invalid JSON", ["{bad"], 1002)
    await bad("over 1000 bytes", ['{"op":6,"cmd":"CONNECT_GUILD","d":{"token":"' + "x" * 1000 + '","gid":"1"}}'], 1009)
    await bad("command before auth", ['{"op":6,"cmd":"CONNECT_GUILD","d":{"token":"a","gid":"1"}}'], 1008, auth=False)
    await bad("binary frame", [b"\x00\x01"], 1003)
    await bad("no heartbeat back", [], 1008, wait=10)
    code = await asyncio.get_running_loop().run_in_executor(None, raw_bad_frame, port)
    check("dmod unmasked frame -> close 1002", code == 1002, f"got {code}")
    await keep.send('{"op":6,"cmd":"DESCONNECT_GUILD","d":{"gid":"9"}}')
    await asyncio.sleep(0.3)
    ka.cancel()
    check("dmod other connection still served after the bad ones", keep.open and hbs["n"] >= 2 and
          hbs["resp"] is not None and hbs["resp"]["d"]["for"] == "DESCONNECT_GUILD", hbs)
    await keep.close()
    finish("dmod_server", p)

# ------------------------------------------------------ dmod, --wire original
import hashlib

# lib/next.js (TeamDmod/beta-socket at 37d5ede), the original server's own client: its three
# messages byte for byte, as JSON.stringify writes the objects it builds (keys in its order).
NEXT_JS_GID = "728814703266234435"
NEXT_JS_AUTH = '{"op":1,"d":{"token":null,"uid":null}}'
NEXT_JS_CONNECT = '{"op":6,"cmd":"CONNECT_GUILD","d":{"token":"0123456789","gid":"728814703266234435"}}'
NEXT_JS_DISCONNECT = '{"op":6,"cmd":"DESCONNECT_GUILD","d":{"gid":"728814703266234435"}}'
DEV_ORIGIN = "http://localhost:3000"  # the original server's Origin outside production (main.ts:43)
HB_HINT = "no heartbeat back (an original client? --wire original)"

class RawWs:
    """A WebSocket client written out by hand, so the upgrade request is byte for byte what
    lib/next.js sends. `new ws('ws://localhost:7102')` of ws 7.5 (initAsClient) writes these four
    headers in this order, then its permessage-deflate offer; Node's http adds Host last. It sets
    no Origin, no subprotocol and no query. `origin` adds the header a browser page sends, which
    the original server requires. One masked frame per message, as ws sends them."""

    def __init__(self, r, w):
        self.r, self.w = r, w
        self.close = None  # the server's close frame: (code, reason)

    @classmethod
    async def open(cls, port, origin=None, path="/"):
        r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)
        key = base64.b64encode(os.urandom(16)).decode()
        req = (f"GET {path} HTTP/1.1\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: {key}\r\n"
               "Connection: Upgrade\r\nUpgrade: websocket\r\n"
               "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n")
        if origin is not None:
            req += f"Origin: {origin}\r\n"
        w.write((req + f"Host: localhost:{port}\r\n\r\n").encode())
        head = await asyncio.wait_for(r.readuntil(b"\r\n\r\n"), 10)
        accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest())
        # no extension agreed: the frames are plain text
        assert head.startswith(b"HTTP/1.1 101") and b"Sec-WebSocket-Accept: " + accept in head \
            and b"permessage-deflate" not in head, head
        return cls(r, w)

    async def _frame(self, opcode, data):
        mask = os.urandom(4)
        n = len(data)
        assert n < 65536  # a dmod client frame is at most 1000 bytes
        size = bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + n.to_bytes(2, "big")
        self.w.write(bytes([0x80 | opcode]) + size + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))
        await self.w.drain()

    async def send(self, text):
        try:
            await self._frame(1, text.encode())
        except ConnectionError:
            pass  # closed by the server: recv reports it

    async def recv(self, timeout=5):
        """The next message, as JSON; None when none came within timeout; "close" after the
        server's close frame (answered, as ws does; self.close holds it); "eof" if the
        connection ended without one. Only the wait for a frame's first bytes times out:
        readexactly takes nothing when cancelled, so no frame is cut."""
        text = b""
        try:
            while True:
                try:
                    b0, b1 = await asyncio.wait_for(self.r.readexactly(2), timeout)
                except asyncio.TimeoutError:
                    return None
                n = b1 & 0x7F
                if n >= 126:
                    n = int.from_bytes(await asyncio.wait_for(self.r.readexactly(2 if n == 126 else 8), 10), "big")
                data = await asyncio.wait_for(self.r.readexactly(n), 10)
                if b0 & 0x0F == 8:
                    self.close = (int.from_bytes(data[:2], "big") if len(data) >= 2 else None, data[2:].decode())
                    await self._frame(8, data[:2])
                    self.w.close()
                    return "close"
                text += data
                if b0 & 0x80:
                    return json.loads(text)
        except (asyncio.IncompleteReadError, ConnectionError):
            return "eof"

    async def bye(self):
        """Close with 1000 and wait (bounded) for the server's answer."""
        if self.close is None:
            try:
                await self._frame(8, (1000).to_bytes(2, "big"))
                while await self.recv(5) not in (None, "close", "eof"):
                    pass
            except ConnectionError:
                pass
        self.w.close()

async def next_js(port, origin=None, path="/", quiet=3, limit=40):
    """lib/next.js's onmessage, case for case: op 0 -> its AUTHENTICATION; op 2 -> its
    CONNECT_GUILD; op 5 -> its DESCONNECT_GUILD a second later (setTimeout 1000, once per
    event); anything else, op 3 among them, is only logged: it answers no heartbeat. It never
    closes. Runs until the server closes, or until nothing came for `quiet` s with no
    DESCONNECT_GUILD still due. Returns (messages received, messages sent, the RawWs)."""
    ws = await RawWs.open(port, origin, path)
    got, sent, due = [], [], []
    async def send(text, after=0):
        await asyncio.sleep(after)
        sent.append(text)
        await ws.send(text)
    end = time.monotonic() + limit
    while time.monotonic() < end:
        m = await ws.recv(quiet)
        if m is None:
            if all(t.done() for t in due):
                break
            continue
        if m in ("close", "eof"):
            break
        got.append(m)
        if m.get("op") == 0:
            await send(NEXT_JS_AUTH)
        elif m.get("op") == 2:
            await send(NEXT_JS_CONNECT)
        elif m.get("op") == 5:
            due.append(asyncio.create_task(send(NEXT_JS_DISCONNECT, 1.0)))
    for t in due:
        t.cancel()
    return got, sent, ws

def orig_guild_response(m, gid, user):
    """An op 7 CONNECT_GUILD response in the original form (guild.ts toGatewayGuild) for gid,
    with user None (anonymous) or a user whose id is `user`."""
    d = m.get("d") or {}
    data = d.get("data") or {}
    guild = data.get("guild") or {}
    u = data.get("user")
    return (m.get("op") == 7 and d.get("for") == "CONNECT_GUILD" and guild.get("id") == gid and "owner_id" in guild
            and "mfa_level" in guild and "count" not in guild and "user" in data
            and (u is None if user is None else isinstance(u, dict) and u.get("id") == user and set(u) == {"id", "tag", "permissions"}))

async def read_line(p, timeout=10):
    """The server's next line of output (its start line after "listening on"), or "" if none comes."""
    try:
        return await asyncio.wait_for(asyncio.get_running_loop().run_in_executor(None, p.stdout.readline), timeout)
    except asyncio.TimeoutError:
        return ""

DISCONNECTED = {"op": 7, "t": None, "d": {"for": "DESCONNECT_GUILD", "data": {"success": True}}}

async def dmod_original_tests():
    """dmod_server --wire original: the original server's behaviour (src/internal/main.ts at
    37d5ede, issue 21) where it differs from the seed's, and the original's form of what it sends
    (D-54a, D-59, D-59a), against lib/next.js played message for message (next_js) and against
    the other messages a client of the original may send."""
    gid = NEXT_JS_GID
    p, port = start("dmod_server", "--wire", "original", "--hb", "200", "--events", "2", "--conns", "16",
                    "--timeout", "60")
    banner = await read_line(p)
    check("dmod --wire original: start line names the mode, the deployed original client and the Origin",
          banner.startswith("dmod_server: --wire original") and "deployed original dmod client" in banner
          and DEV_ORIGIN in banner, repr(banner))
    async def connect(path="/"):  # Python's websockets, with the Origin the original wants
        ws = await websockets.connect(f"ws://127.0.0.1:{port}{path}", compression=None, origin=DEV_ORIGIN)
        return ws, await recv_json(ws)
    async def authed(auth=NEXT_JS_AUTH, path="/"):
        ws, _ = await connect(path)
        await ws.send(auth)
        return ws, await recv_json(ws)

    # issue 21.3, Origin: lib/next.js's exact upgrade has none, and the production origin is not
    # this one: both closed with 1000 "CORS" before anything else (main.ts:52)
    for name, origin in (("lib/next.js's exact upgrade (no Origin)", None), ("Origin https://dmod.gg", "https://dmod.gg")):
        got, sent, ws = await next_js(port, origin)
        check(f'dmod --wire original: {name} -> close 1000 "CORS" before anything else',
              got == [] and sent == [] and ws.close == (1000, "CORS"), f"{got} {ws.close}")
        await ws.bye()

    # lib/next.js with the Origin of a page on http://localhost:3000, its whole session:
    # op 0 -> auth -> op 2 -> CONNECT_GUILD -> response, 2 events -> a DESCONNECT_GUILD a second
    # after each event: the first is answered, the second finds no guild and is ignored (21.3)
    got, sent, ws = await next_js(port, DEV_ORIGIN)
    evs = [m for m in got if m.get("op") == 5]
    check("dmod --wire original: lib/next.js (Origin http://localhost:3000): auth, CONNECT_GUILD, events, DESCONNECT_GUILD",
          got[:2] == [{"op": 0, "t": None, "d": None}, {"op": 2, "t": None, "d": {"missed_notifications": []}}]
          and len(got) == 6 and orig_guild_response(got[2], gid, None) and len(evs) == 2 and got[5] == DISCONNECTED
          and sent == [NEXT_JS_AUTH, NEXT_JS_CONNECT, NEXT_JS_DISCONNECT, NEXT_JS_DISCONNECT] and ws.close is None,
          f"got {got}, sent {sent}, close {ws.close}")
    check("dmod --wire original: anonymous session: no GUILD_PRIVILEGE_UPDATE; GUILD_MEMBER_COUNT_CHANGE {guild_id, member_count} instead",
          evs == [{"op": 5, "t": "GUILD_MEMBER_COUNT_CHANGE", "d": {"guild_id": gid, "member_count": 43 + i}} for i in range(2)], evs)
    check("dmod --wire original: lib/next.js's second DESCONNECT_GUILD (no guild connected) is ignored",
          got[-1:] == [DISCONNECTED] and sent.count(NEXT_JS_DISCONNECT) == 2 and ws.close is None, f"{got[-2:]} {ws.close}")
    check("dmod --wire original: no heartbeat (op 3) is sent, as the original sends none",
          all(m.get("op") != 3 for m in got) and ws.close is None, got)
    await ws.bye()

    # D-54a: token with uid null, allowed by the seed, refused by the original
    ws, _ = await connect()
    await ws.send('{"op":1,"d":{"token":"abc","uid":null}}')
    code = await closed_with(ws)
    check('dmod --wire original: token with uid null -> close 1000 "Invalid formating of authentication"',
          code == 1000 and ws.close_reason == "Invalid formating of authentication", f"got {code} {ws.close_reason!r}")

    # a logged-in session: a user in the response, and privilege updates about that user only
    uid = "110373943822540801"
    ws, _ = await authed('{"op":1,"d":{"token":"abc","uid":"' + uid + '"}}')
    await ws.send(NEXT_JS_CONNECT)
    resp = await recv_json(ws)
    evs = [await recv_json(ws) for _ in range(2)]
    check("dmod --wire original: logged-in session: its user in the CONNECT_GUILD response",
          orig_guild_response(resp, gid, uid), resp)
    check("dmod --wire original: logged-in session: GUILD_PRIVILEGE_UPDATE about its user, in the original form (guild_id, no self)",
          all(e.get("op") == 5 and e.get("t") == "GUILD_PRIVILEGE_UPDATE" and e["d"].get("guild_id") == gid
              and e["d"].get("id") == uid and "self" not in e["d"] for e in evs)
          and [e["d"]["permissions"] for e in evs] == ["0", "1"], evs)
    await ws.close()

    # D-54a: CONNECT_GUILD with an empty gid
    ws, _ = await authed()
    await ws.send('{"op":6,"cmd":"CONNECT_GUILD","d":{"token":"0123456789","gid":""}}')
    code = await closed_with(ws)
    check('dmod --wire original: CONNECT_GUILD with gid "" -> close 1000 "Invalid formating of authentication" (main.ts:150)',
          code == 1000 and ws.close_reason == "Invalid formating of authentication", f"got {code} {ws.close_reason!r}")

    # 21.3, one guild at a time, without timing: a command that is ignored is followed by one
    # that is answered; the next message must be that answer (no events: ?events=0)
    ws, _ = await authed(path="/?events=0")
    await ws.send(NEXT_JS_DISCONNECT)
    await ws.send(NEXT_JS_CONNECT)
    m = await recv_json(ws)
    check("dmod --wire original: DESCONNECT_GUILD with no guild connected is ignored (no answer)",
          orig_guild_response(m, gid, None), m)
    other = "862560584170864680"
    await ws.send(NEXT_JS_CONNECT.replace(gid, other))
    await ws.send(NEXT_JS_DISCONNECT)
    m = await recv_json(ws)
    await ws.send(NEXT_JS_CONNECT.replace(gid, other))
    m2 = await recv_json(ws)
    check("dmod --wire original: a second CONNECT_GUILD is ignored (no answer); after DESCONNECT_GUILD one is answered",
          m == DISCONNECTED and orig_guild_response(m2, other, None), f"{m} {m2}")
    await ws.close()

    # 21.2: ops the original has no case for (any but 1 and 6) close with 1000 "Unknown data",
    # before auth too
    async def unknown(name, msg, auth=True):
        ws, _ = await authed() if auth else await connect()
        await ws.send(msg)
        code = await closed_with(ws)
        check(f'dmod --wire original: {name} -> close 1000 "Unknown data"',
              code == 1000 and ws.close_reason == "Unknown data", f"got {code} {ws.close_reason!r}")
    await unknown("HEARTBEAT_BACK (op 4) before authentication", '{"op":4,"t":null,"d":null}', auth=False)
    await unknown("HEARTBEAT_BACK (op 4)", '{"op":4,"t":null,"d":null}')
    await unknown("APPLICATION_SESSION (op 7)", '{"op":7,"cmd":"APPLICATION_SESSION","d":{"uid":"000","gid":"0001","utokh":"","uhash":""}}')
    await unknown("APPLICATION_SESSION_END (op 7)", '{"op":7,"cmd":"APPLICATION_SESSION_END","d":{"gid":"0001"}}')
    await unknown("APPLICATION_SESSION_REAUTH (op 7)", '{"op":7,"cmd":"APPLICATION_SESSION_REAUTH","d":{"utokh":"a","uhash":"b","pm":"0"}}')
    await unknown("APPLICATION_SESSION_HB_M (op 7)", '{"op":7,"cmd":"APPLICATION_SESSION_HB_M","d":null}')
    # the same for frames that do not decode: the original reads their op alone
    await unknown('{"op":4} (no d)', '{"op":4}')
    await unknown("a server's op (3) from the client", '{"op":3,"t":null,"d":null}')
    await unknown("an op 7 command no one has", '{"op":7,"cmd":"NOPE","d":{}}')
    finish("dmod_server --wire original", p)
    await dmod_origin_option_tests()
    await dmod_seed_hint_tests()

async def dmod_origin_option_tests():
    """--origin: any turns the check off (lib/next.js, unmodified, then runs its whole session
    against --wire original); a URL applies in seed mode too."""
    p, port = start("dmod_server", "--wire", "original", "--origin", "any", "--events", "1", "--conns", "1", "--timeout", "60")
    got, sent, ws = await next_js(port)
    check("dmod --wire original --origin any: lib/next.js unmodified (no Origin): auth, CONNECT_GUILD, an event, DESCONNECT_GUILD",
          len(got) == 5 and got[0]["op"] == 0 and got[1]["op"] == 2 and orig_guild_response(got[2], NEXT_JS_GID, None)
          and got[3].get("t") == "GUILD_MEMBER_COUNT_CHANGE" and got[4] == DISCONNECTED
          and sent == [NEXT_JS_AUTH, NEXT_JS_CONNECT, NEXT_JS_DISCONNECT] and ws.close is None, f"got {got}, sent {sent}, close {ws.close}")
    await ws.bye()
    finish("dmod_server --wire original --origin any", p)

    p, port = start("dmod_server", "--origin", "https://dmod.gg", "--conns", "3", "--timeout", "60")
    seen = []
    for origin in (None, DEV_ORIGIN, "https://dmod.gg"):
        ws = await RawWs.open(port, origin)
        seen.append(await ws.recv())
        seen.append(ws.close)
        await ws.bye()
    check('dmod --origin https://dmod.gg (seed mode): no or another Origin -> close 1000 "CORS"; its own -> op 0',
          seen == ["close", (1000, "CORS"), "close", (1000, "CORS"), {"op": 0, "t": None, "d": None}, None], seen)
    finish("dmod_server --origin https://dmod.gg", p)

async def dmod_seed_hint_tests():
    """Issue 21.4: the default (seed) mode heartbeats, and lib/next.js answers none: it is closed,
    with a reason that names the mode it needs; the start line and --help say so beforehand."""
    p, port = start("dmod_server", "--hb", "300", "--conns", "1", "--timeout", "60")
    banner = await read_line(p)
    check("dmod default (seed): start line says the deployed original client needs --wire original",
          banner.startswith("dmod_server: --wire seed") and "deployed original dmod client" in banner
          and "--wire original" in banner and "no Origin check" in banner, repr(banner))
    got, sent, ws = await next_js(port)
    check(f'dmod default (seed): lib/next.js (no Origin: no check) answers no op 3 -> close 1008 "{HB_HINT}"',
          got[:1] == [{"op": 0, "t": None, "d": None}] and any(m.get("op") == 3 for m in got)
          and ws.close == (1008, HB_HINT) and len(HB_HINT.encode()) <= 123, f"got {got}, close {ws.close}")
    await ws.bye()
    finish("dmod_server (lib/next.js)", p)
    r = subprocess.run([os.path.join(ROOT, "build", "dmod_server"), "--help"], capture_output=True, text=True, timeout=10)
    check("dmod_server --help says which mode serves the deployed original client, and --origin",
          r.returncode == 0 and "deployed" in r.stdout and "--wire original" in r.stdout and "--origin URL" in r.stdout
          and DEV_ORIGIN in r.stdout, r.stdout)

# ---------------------------------------------------------------- i386chat
async def i386_case(name, behaviour, want_status, want_text):
    state = {"present": None, "beats": 0, "times": []}
    async def handler(ws, path=None):
        await ws.send('{"f":100,"cnf":{"hb_int":100}}')
        try:
            async for raw in ws:
                m = json.loads(raw)
                if m["f"] == 110:
                    state["present"] = m["cnf"]["token"]
                    if behaviour == "error":
                        await ws.send('{"f":150,"cnf":{"c":4005,"d":true}}')
                        continue
                    await ws.send('{"f":140,"cnf":{"v":1,"session_id":9683494578353,"enc_key":"k"}}')
                    await ws.send(json.dumps({"f": 130, "cnf": {"user": {"id": 2**60, "name": "ann", "uuid": "u",
                                  "admin": False, "bio": ""}, "content": "hi \u00e9"}, "s": 1, "t": "MESSAGE_CREATE"}))
                    if behaviour == "soft-error":
                        await ws.send('{"f":150,"cnf":{"c":4002,"d":false}}')
                elif m["f"] == 120:
                    state["beats"] += 1
                    state["times"].append(time.monotonic())
                    if behaviour != "no-echo":
                        await ws.send('{"f":120}')
        except websockets.ConnectionClosed:
            pass
    async with websockets.serve(handler, "127.0.0.1", 0, compression=None) as server:
        port = server.sockets[0].getsockname()[1]
        proc = await asyncio.create_subprocess_exec(os.path.join(ROOT, "build", "i386_client"), "--port", str(port),
            "--token", "tok", "--beats", "3", "--timeout", "10", stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            out, _ = await asyncio.wait_for(proc.communicate(), 15)
        except asyncio.TimeoutError:
            proc.kill(); out = b"(killed)"
        out = out.decode()
    ok = proc.returncode == want_status and want_text in out and state["present"] == "tok"
    if behaviour in ("ok", "soft-error"):
        gaps = [b - a for a, b in zip(state["times"], state["times"][1:])]
        ok = ok and state["beats"] == 3 and all(g > 0.08 for g in gaps)
    check(f"i386 client: {name}", ok, f"status {proc.returncode}, beats {state['beats']}, output: {out!r}")

async def i386_tests():
    await i386_case("present, ready, event, 3 heartbeats echoed", "ok", 0, "message: hi \u00e9")
    await i386_case("error 4005 with d=true ends the session", "error", 3, "error 4005")
    await i386_case("error 4002 with d=false is reported, session goes on", "soft-error", 0, "rate limited")
    await i386_case("missing heartbeat echo is a failure", "no-echo", 4, "no heartbeat echo")

async def main():
    for suite in (ms_tests, ms_message_mode_tests, ms_original_tests, ms_feed_faulty_router_tests,
                  gwload_dmod_options_tests, dmod_tests, dmod_original_tests, i386_tests):
        try:
            await asyncio.wait_for(suite(), 120)
        except Exception as e:
            check(suite.__name__, False, repr(e))
    for f in figures:
        print(f)
    print(f"e2e: {passed} passed, {failed} failed")
    return 1 if failed else 0

sys.exit(asyncio.run(main()))
