#!/usr/bin/env python3
"""Sends generated bad and hostile requests to a running Toneline and reports how it answered.

Usage: fuzz.py BASE_URL [N] [SEED]

Every request goes over a raw socket, so that URIs and headers can hold what libraries refuse to
send (bad percent-encoding, control bytes, oversize values). Request lines themselves stay
well-formed HTTP: a line with a raw space in its target is not an HTTP request, and the HTTP codec
answers it with an empty 400 before any application code runs. An answer counts as:
  5xx          status >= 500, or no answer at all (connection dropped or timed out)
  non_problem  status >= 400 whose body is empty or not application/problem+json
  slow         took more than 5 s
Before the run a few analyses are stored; afterwards they must read back byte for byte, and the
service must still be ready. The last line is:
  requests=N 5xx=K non_problem=M healthy=true|false
"""
import json
import random
import socket
import sys
import time
from collections import Counter
from urllib.parse import urlparse

ARTICLE = ("Washington imposed new sanctions on Moscow on Monday.\n\n"
           "Two weeks later the Kremlin and the White House agreed to hold talks in Geneva.")


class Target:
    def __init__(self, base):
        u = urlparse(base)
        self.host, self.port = u.hostname, u.port or 80

    def send(self, raw, timeout=30.0):
        """Sends raw bytes; returns (status, headers, body, seconds); status 0 when no answer."""
        t0 = time.monotonic()
        try:
            with socket.create_connection((self.host, self.port), timeout=timeout) as s:
                try:
                    s.sendall(raw)
                except OSError:
                    pass  # the server may answer and close before reading everything
                data = b""
                s.settimeout(timeout)
                while True:
                    try:
                        chunk = s.recv(65536)
                    except socket.timeout:
                        break
                    except OSError:
                        break
                    if not chunk:
                        break
                    data += chunk
                    if complete(data):
                        break
        except OSError:
            return 0, {}, b"", time.monotonic() - t0
        return parse(data) + (time.monotonic() - t0,)


def complete(data):
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        return False
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        headers[k.strip().lower()] = v.strip()
    if b"content-length" in headers:
        return len(body) >= int(headers[b"content-length"])
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        return body.endswith(b"0\r\n\r\n")
    return False


def parse(data):
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    try:
        status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        return 0, {}, b""
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(b":")
        headers[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
    if headers.get("transfer-encoding", "").lower() == "chunked":
        out, rest = b"", body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            try:
                n = int(size_line.split(b";")[0], 16)
            except ValueError:
                break
            if n == 0:
                break
            out, rest = out + rest[:n], rest[n + 2:]
        body = out
    return status, headers, body


def request(method, path, headers=(), body=b"", chunked=False):
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    if isinstance(path, str):
        path = path.encode("utf-8", "surrogatepass")
    lines = [method.encode() + b" " + path + b" HTTP/1.1", b"Host: localhost", b"Connection: close"]
    for k, v in headers:
        lines.append((k.encode() if isinstance(k, str) else k) + b": " + (v.encode("latin-1") if isinstance(v, str) else v))
    if chunked:
        lines.append(b"Transfer-Encoding: chunked")
        payload = b""
        for i in range(0, len(body), 65536):
            part = body[i:i + 65536]
            payload += b"%x\r\n" % len(part) + part + b"\r\n"
        payload += b"0\r\n\r\n"
    else:
        if body or method in ("POST", "PUT", "PATCH"):
            lines.append(b"Content-Length: " + str(len(body)).encode())
        payload = body
    return b"\r\n".join(lines) + b"\r\n\r\n" + payload


JSON = ("Content-Type", "application/json")
TEXT = ("Content-Type", "text/plain")
HTML = ("Content-Type", "text/html")


def junk_value(r):
    return r.choice([None, True, False, 0, -1, 2 ** 31, 2 ** 63, 1e309 if False else 1.5, -0.0, "", "x" * r.randint(1, 300),
                     [], {}, [None], {"a": None}, "\u0000", "\ud800", "Russia", 10 ** 30])


def valid_analysis(r):
    return {"text": ARTICLE, "title": "t", "actors": [{"name": "Russia", "aliases": ["Moscow"]}]}


def valid_tone(r):
    return {"items": [{"text": "The US took steps to reduce tensions with Russia.", "targets": [{"start": 4, "end": 6}]}]}


def mutate(r, doc):
    """Replaces one value somewhere in a JSON document with junk."""
    doc = json.loads(json.dumps(doc))
    node, key = doc, None
    for _ in range(r.randint(1, 4)):
        if isinstance(node, dict) and node:
            key = r.choice(list(node))
            if isinstance(node[key], (dict, list)) and node[key] and r.random() < 0.6:
                node = node[key]
                continue
            node[key] = junk_value(r)
            return doc
        if isinstance(node, list) and node:
            i = r.randrange(len(node))
            if isinstance(node[i], (dict, list)) and node[i] and r.random() < 0.6:
                node = node[i]
                continue
            node[i] = junk_value(r)
            return doc
    return junk_value(r)


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


def gen(r, ids):
    kind = r.choice(KINDS)
    return kind.__name__, kind(r, ids)


def k_content_type(r, ids):
    ct = r.choice(["garbage", "/", "a/b/c", "application/", ";;;", "", "application/json, text/plain",
                   "application/json; charset=bogus", "text/plain;;", "*/*", "application/*", "\x7f", "x/y"])
    return request("POST", r.choice(["/v1/analyses", "/v1/tone"]), [("Content-Type", ct)], dumps(valid_analysis(r)))


def k_mutated_json(r, ids):
    if r.random() < 0.5:
        return request("POST", "/v1/analyses", [JSON], dumps(mutate(r, valid_analysis(r))))
    return request("POST", "/v1/tone", [JSON], dumps(mutate(r, valid_tone(r))))


def k_broken_json(r, ids):
    body = dumps(r.choice([valid_analysis(r), valid_tone(r)]))
    choice = r.random()
    if choice < 0.3:
        body = body[:r.randrange(len(body))]
    elif choice < 0.6:
        b = bytearray(body)
        for _ in range(r.randint(1, 5)):
            b[r.randrange(len(b))] = r.randrange(256)
        body = bytes(b)
    elif choice < 0.8:
        body = body + r.choice([b" garbage", b"{}", b",", b"\x00"])
    else:
        body = r.choice([b'{"items":[{"text":"Russia","targets":[{"start":0,"end":6,"end":6}]}]}',
                         b'{"text":"a","text":"b"}', b"null", b"[]", b'""', b"{", b"}", b"\xff\xfe", b"\xc3\x28"])
    return request("POST", r.choice(["/v1/analyses", "/v1/tone"]), [JSON], body)


def k_huge_arrays(r, ids):
    n = r.choice([1000, 10000, 100000])
    which = r.randrange(5)
    if which == 0:
        body = '{"items":[' + ",".join(["null"] * n) + "]}"
        return request("POST", "/v1/tone", [JSON], body)
    if which == 1:
        body = '{"items":[{"text":"Russia","targets":[' + ",".join(["null"] * n) + "]}]}"
        return request("POST", "/v1/tone", [JSON], body)
    if which == 2:
        body = json.dumps({"text": ARTICLE, "actors": [None] * min(n, 100000)})
        return request("POST", "/v1/analyses", [JSON], body)
    if which == 3:
        body = json.dumps({"text": ARTICLE, "actors": [{"name": "X", "aliases": [""] * n}]})
        return request("POST", "/v1/analyses", [JSON], body)
    body = json.dumps({"items": [{"text": "Russia", "targets": [{"start": 0, "end": 6}] * min(n, 50000)}]})
    return request("POST", "/v1/tone", [JSON], body)


def k_deep(r, ids):
    n = r.choice([100, 1000, 100000])
    body = r.choice(["[" * n, '{"a":' * n, '{"text":' + "[" * n, '{"items":[' + "{" * n])
    return request("POST", r.choice(["/v1/analyses", "/v1/tone"]), [JSON], body)


def k_strange_text(r, ids):
    text = r.choice(["\u0000Russia\u0000", "\ud800Russia", "Russia\udfff attacks", "\ufeffRussia", "Rus\u200bsia",
                     "\u202eaissuR", "Russia " + "\u0301" * 1000, "\r\r\r\nRussia\r\n\r\nIran", "🇷🇺 Russia 💣",
                     "   ", "\n\n\n", "Russia" + "\t" * 5000])
    if r.random() < 0.5:
        return request("POST", "/v1/analyses", [TEXT], text)
    return request("POST", "/v1/analyses", [JSON], dumps({"text": text}))


def k_invalid_utf8(r, ids):
    body = bytes(r.randrange(256) for _ in range(r.randint(1, 2000)))
    return request("POST", "/v1/analyses", [r.choice([TEXT, HTML, JSON])], body)


def k_html_bomb(r, ids):
    n = r.choice([1000, 11000, 50000])
    html = r.choice(["<p>Russia</p>" + "<script></script>" * n, "<div>" * n + "Russia" + "</div>" * n,
                     "<p>" + "&Eacute;lys&eacute;e &amp; " * n + "</p>", "<p a='" + "x" * 100000 + "'>Russia</p>",
                     "<!--" + "Russia " * n, "<p>" + "<b>Russia</b>" * (n // 10) + "</p>", "<table>" + "<tr><td>" * n])
    return request("POST", "/v1/analyses", [HTML], html)


def k_cost(r, ids):
    which = r.randrange(4)
    if which == 0:
        return request("POST", "/v1/analyses", [JSON], json.dumps({"text": "a " * 5000, "actors": [{"name": "a"}]}))
    if which == 1:
        return request("POST", "/v1/analyses", [TEXT], "Russia.\n\n" * 20000)
    if which == 2:
        item = {"text": "Russia " * 27000, "targets": [{"start": 0, "end": 6}]}
        return request("POST", "/v1/tone", [JSON], json.dumps({"items": [item] * 5}))
    text = ("Moscow and Washington traded threats. " * 40 + "\n\n") * 150
    return request("POST", "/v1/analyses", [TEXT], text)


def k_query(r, ids):
    q = r.choice(["limit=abc", "limit=1.5", "limit=99999999999", "limit=-1", "limit=0", "limit=", "since=-1",
                  "since=abc", "since=99999999999999999999", "status=bogus", "status=", "limit=10&limit=20",
                  "since=%00", "status=queued&status=running", "title=" + "t" * 5000 + "&rollUpToStates=maybe"])
    if r.random() < 0.7:
        return request("GET", "/v1/analyses?" + q)
    return request("POST", "/v1/analyses?" + q, [TEXT], ARTICLE)


def k_ids(r, ids):
    ident = r.choice(["%zz", "a%", "%", "..%2f..%2fetc", "x" * 3000, "%00", "é", "%C3%28", "null",
                      "00000000-0000-0000-0000-000000000000", (r.choice(ids) if ids else "x") + "x", "%2F", "a%20b",
                      "%27;%20DROP%20TABLE", "\u00e9\u00e9"])
    return request(r.choice(["GET", "DELETE"]), "/v1/analyses/" + ident)


def k_headers(r, ids):
    which = r.randrange(6)
    if which == 0:
        key = r.choice([b"a\x01b", b"", b"k" * 300, b"\x7f", b"\xff\xfe", b"a\tb"])
        return request("POST", "/v1/analyses", [TEXT, (b"Idempotency-Key", key)], ARTICLE)
    if which == 1:
        return request("GET", "/v1/analyses/" + (r.choice(ids) if ids else "x"),
                       [("If-None-Match", r.choice(["garbage", "\"", "*, *", "W/", "," * 1000]))])
    if which == 2:
        return request("POST", "/v1/analyses", [TEXT, ("Prefer", r.choice(["respond-async" * 100, "", ";;", "wait=-1"]))],
                       ARTICLE)
    if which == 3:
        return request("GET", "/v1/analyses", [("X-Big", "a" * r.choice([20000, 100000, 200000]))])
    if which == 4:
        return request("GET", "/v1/analyses", [("X-H%d" % i, "v") for i in range(r.choice([100, 2000]))])
    return request("GET", "/v1/analyses", [("Accept", r.choice(["text/csv", "garbage", "", "*/*;q=abc"]))])


def k_methods(r, ids):
    method = r.choice(["PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "GET", "FOO"])
    stored = r.choice(ids) if ids else "x"
    # the reference analyses are read back at the end: they may be read but not deleted
    path = r.choice(["/v1/analyses", "/v1/tone", "/v1/analyses/" + (stored if method in ("GET", "HEAD") else stored + "x"),
                     "/", "/v1", "/q/health"])
    body = ARTICLE if r.random() < 0.5 else ""
    return request(method, path, [TEXT] if body else [], body)


def k_long_uri(r, ids):
    return request("GET", "/v1/analyses/" + "a" * r.choice([5000, 50000, 200000]))


def k_big_body(r, ids):
    size = r.choice([4 * 1024 * 1024 + 1, 6 * 1024 * 1024])
    body = b"a" * size
    ct = r.choice([TEXT, JSON, HTML])
    method = r.choice(["POST", "POST", "GET"])
    return request(method, "/v1/analyses", [ct], body, chunked=r.random() < 0.5)


def k_valid(r, ids):
    if r.random() < 0.5:
        return request("POST", "/v1/analyses", [JSON], dumps(valid_analysis(r)))
    return request("POST", "/v1/tone", [JSON], dumps(valid_tone(r)))


KINDS = [k_content_type, k_mutated_json, k_mutated_json, k_mutated_json, k_broken_json, k_broken_json, k_huge_arrays,
         k_deep, k_strange_text, k_invalid_utf8, k_html_bomb, k_cost, k_query, k_query, k_ids, k_ids, k_headers,
         k_headers, k_methods, k_long_uri, k_big_body, k_valid]


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    r = random.Random(seed)
    t = Target(base)

    stored = {}
    for i in range(3):
        st, _, body, _ = t.send(request("POST", "/v1/analyses", [JSON], dumps({"text": ARTICLE, "title": "fuzz %d" % i})))
        if st != 200:
            print("could not store an analysis before fuzzing (status %d)" % st)
            sys.exit(2)
        ident = json.loads(body)["id"]
        _, _, stored[ident], _ = t.send(request("GET", "/v1/analyses/" + ident))
    ids = list(stored)

    statuses, bad5, nonproblem, slow = Counter(), [], [], []
    started = time.monotonic()
    for i in range(n):
        kind, raw = gen(r, ids)
        status, headers, body, secs = t.send(raw)
        statuses[status] += 1
        shown = "%s #%d: %s" % (kind, i, raw[:160].decode("latin-1").replace("\r\n", " | "))
        if status == 0 or status >= 500:
            bad5.append("%d %s" % (status, shown))
        elif status >= 400 and not raw.startswith(b"HEAD ") and (not body or not headers.get("content-type", "").startswith("application/problem+json")):
            nonproblem.append("%d %s" % (status, shown))
        if secs > 5:
            slow.append("%.1fs %s" % (secs, shown))
        if (i + 1) % 500 == 0:
            print("... %d requests, %.0f s" % (i + 1, time.monotonic() - started), flush=True)

    intact = all(t.send(request("GET", "/v1/analyses/" + k))[2] == v for k, v in stored.items())
    st, _, body, _ = t.send(request("GET", "/q/health/ready"))
    healthy = st == 200 and intact

    print("status counts: " + ", ".join("%d=%d" % kv for kv in sorted(statuses.items())))
    for title, rows in (("5xx or no answer", bad5), ("errors without a problem document", nonproblem),
                        ("slower than 5 s", slow)):
        print("%s: %d" % (title, len(rows)))
        for row in rows[:25]:
            print("  " + row)
    print("stored analyses intact: %s; ready: %s; %.0f s" % (intact, st == 200, time.monotonic() - started))
    print("requests=%d 5xx=%d non_problem=%d healthy=%s" % (n, len(bad5), len(nonproblem), str(healthy).lower()))


if __name__ == "__main__":
    main()
