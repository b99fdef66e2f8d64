#!/usr/bin/env python3
"""A fast registry stand-in for scripts/bench-online.sh: serves the files of a folder on 127.0.0.1 with asyncio
(keep-alive, no thread per connection), answering each request after --latency-ms. Prints "PORT <n>" once it
listens. Only for the benchmark; the tests use Tests/Support/loopback_server.py, which also injects faults."""
import argparse
import asyncio
import os
import urllib.parse


async def handle(reader, writer, root, latency):
    try:
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            line = request.split(b"\r\n", 1)[0].decode("latin-1")
            parts = line.split(" ")
            path = urllib.parse.unquote(parts[1].split("?", 1)[0]) if len(parts) > 1 else "/"
            if latency:
                await asyncio.sleep(latency)
            full = os.path.realpath(os.path.join(root, path.lstrip("/")))
            body, status = b"not found", b"404 Not Found"
            if full.startswith(root + os.sep) and os.path.isfile(full):
                with open(full, "rb") as handle:
                    body, status = handle.read(), b"200 OK"
            writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionResetError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--latency-ms", type=int, default=0)
    args = parser.parse_args()
    root = os.path.realpath(args.root)
    server = await asyncio.start_server(lambda r, w: handle(r, w, root, args.latency_ms / 1000.0), "127.0.0.1", 0,
                                        backlog=512)
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
