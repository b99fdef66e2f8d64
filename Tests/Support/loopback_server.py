#!/usr/bin/env python3
"""A registry stand-in on loopback for sovscan's tests: serves the files of a folder over HTTP, with injectable
latency and faults. Never listens beyond 127.0.0.1.

    loopback_server.py --root DIR [--latency-ms N]

Prints "PORT <n>" on its first line once it listens. Paths map to files under --root (percent-decoded, so an npm
`@scope%2fname` is the folder `@scope/name`); a `?ref=R` query maps to the file `<path>@R`; a folder answers with its
`index.json`. Files carry an ETag and `If-None-Match` gives 304. Fault paths put a behaviour before the real path:
  /fault/status/CODE/...        always CODE
  /fault/flaky/N/...            the first N requests of that exact path get 500, then the file
  /fault/retry-after/S/...      the first request gets 429 with Retry-After: S, then the file
  /fault/stall/...              headers, then silence for 120 s
  /fault/truncate/...           a Content-Length 100 bytes longer than the body sent, then the connection closes
  /fault/huge/...               a 1 GiB body, streamed until the client gives up
  /fault/garbage/...            200 with a body that is neither JSON nor XML
  /fault/redirect-loop/...      302 to itself, forever
  /fault/redirect/N/...         N redirects, then the file
  /fault/to-http/PORT/...       302 to http://127.0.0.1:PORT/... (with --tls: a redirect from https down to http)
/__stats answers {"requests": n, "paths": {path: n}}; /__reset sets the counts to zero.
"""
import argparse
import hashlib
import json
import os
import signal
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
COUNTS = {}


def count(path):
    with LOCK:
        COUNTS[path] = COUNTS.get(path, 0) + 1
        return COUNTS[path]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_plain(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        raw_path, _, query = self.path.partition("?")
        if raw_path == "/__stats":
            with LOCK:
                body = json.dumps({"requests": sum(COUNTS.values()), "paths": COUNTS}, sort_keys=True).encode()
            return self.send_plain(200, body, [("Content-Type", "application/json")])
        if raw_path == "/__reset":
            with LOCK:
                COUNTS.clear()
            return self.send_plain(200, b"{}")
        seen = count(self.path)
        if self.server.latency:
            time.sleep(self.server.latency)
        parts = raw_path.split("/")
        if len(parts) > 2 and parts[1] == "fault":
            return self.fault(parts, query, seen)
        self.serve_file(raw_path, query)

    def fault(self, parts, query, seen):
        kind = parts[2]
        rest = "/" + "/".join(parts[3:])
        if kind == "status":
            return self.send_plain(int(parts[3]), b"failure")
        if kind == "flaky":
            if seen <= int(parts[3]):
                return self.send_plain(500, b"try later")
            return self.serve_file("/" + "/".join(parts[4:]), query)
        if kind == "retry-after":
            if seen == 1:
                return self.send_plain(429, b"slow down", [("Retry-After", parts[3])])
            return self.serve_file("/" + "/".join(parts[4:]), query)
        if kind == "stall":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.flush()
            time.sleep(120)
            return
        if kind == "truncate":
            body = self.file_bytes(rest, query) or b"{}"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body) + 100))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            return
        if kind == "huge":
            self.send_response(200)
            self.send_header("Content-Length", str(1 << 30))
            self.end_headers()
            chunk = b"x" * 65536
            try:
                for _ in range((1 << 30) // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        if kind == "garbage":
            return self.send_plain(200, b"<<<{{{ not a document")
        if kind == "to-http":
            target = "http://127.0.0.1:%s/%s" % (parts[3], "/".join(parts[4:]))
            return self.send_plain(302, b"", [("Location", target)])
        if kind == "redirect-loop":
            return self.send_plain(302, b"", [("Location", self.path)])
        if kind == "redirect":
            remaining = int(parts[3])
            target = "/" + "/".join(parts[4:]) if remaining <= 1 else "/fault/redirect/%d/%s" % (remaining - 1, "/".join(parts[4:]))
            if query:
                target += "?" + query
            return self.send_plain(302, b"", [("Location", target)])
        return self.send_plain(400, b"unknown fault")

    def file_bytes(self, raw_path, query):
        relative = urllib.parse.unquote(raw_path).lstrip("/")
        ref = urllib.parse.parse_qs(query).get("ref", [None])[0]
        if ref:
            relative += "@" + ref
        root = self.server.root
        path = os.path.realpath(os.path.join(root, relative))
        if not (path == root or path.startswith(root + os.sep)):
            return None
        if os.path.isdir(path):
            path = os.path.join(path, "index.json")
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as handle:
            return handle.read()

    def serve_file(self, raw_path, query):
        body = self.file_bytes(raw_path, query)
        if body is None:
            return self.send_plain(404, b"not found")
        etag = '"%s"' % hashlib.sha1(body).hexdigest()
        if self.headers.get("If-None-Match") == etag:
            return self.send_plain(304, b"", [("ETag", etag)])
        kind = "application/xml" if raw_path.endswith((".pom", ".xml")) else "application/json"
        self.send_plain(200, body, [("ETag", etag), ("Content-Type", kind)])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="serve https with this certificate")
    args = parser.parse_args()
    # A test runner may start us with signals blocked; stop on SIGTERM as a server should.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 256
    server.root = os.path.realpath(args.root)
    server.latency = args.latency_ms / 1000.0
    if args.tls:
        import ssl
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls[0], args.tls[1])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
