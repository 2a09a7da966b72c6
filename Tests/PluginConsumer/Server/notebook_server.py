#!/usr/bin/env python3
"""The notebook service of Sources/NotebookAPI, in memory on 127.0.0.1, for NotebookAPITests.

It is the real thing the generated client talks to: notes kept per notebook, a bearer token
(argv[1]) required on every call, path segments decoded as a server would, the spec's rules checked
again. It prints "PORT <n>" once it listens, and exits when its standard input closes, so it cannot
outlive the test process that started it. It records every request (method, raw target,
Authorization and Content-Type as sent, body bytes in base64) so that the tests can check exactly
what went over the wire: GET /_received answers them, without a token.
"""
import base64
import json
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

TOKEN = sys.argv[1]
FIELDS = ("title", "text", "tags", "pinned", "priority")  # a note's changeable fields, in spec order
lock = threading.Lock()
notebooks = {}  # notebook name -> {note id -> note}
next_id = [1]
received = []


def error(code, message):
    return {"error": {"code": code, "message": message}}


def rule_broken(fields):
    """What is wrong with the fields of a NewNote or NoteChange, or None."""
    if "title" in fields and not (isinstance(fields["title"], str) and 1 <= len(fields["title"]) <= 200):
        return "title must have 1 to 200 characters"
    if "text" in fields and not isinstance(fields["text"], str):
        return "text must be a string"
    tags = fields.get("tags", [])
    if not (isinstance(tags, list) and len(tags) <= 10 and all(isinstance(tag, str) for tag in tags)):
        return "tags must be a list of up to 10 strings"
    if "pinned" in fields and not isinstance(fields["pinned"], bool):
        return "pinned must be a boolean"
    priority = fields.get("priority", 1)
    if isinstance(priority, bool) or not isinstance(priority, int) or not 1 <= priority <= 5:
        return "priority must be an integer from 1 to 5"
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, value):
        data = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        if parts.path == "/_received":
            with lock:
                return self.answer(200, list(received))
        authorization = self.headers.get("Authorization")
        with lock:
            received.append({
                "method": method,
                "target": self.path,
                "authorization": authorization,
                "content_type": self.headers.get("Content-Type"),
                "body": base64.b64encode(body).decode(),
            })
        if authorization != "Bearer " + TOKEN:
            # Echoes what it was sent, as some services do: the client must keep it out of its errors.
            return self.answer(401, error("unauthorized", "The token in %r is not valid." % authorization))
        # Split the raw path first, then decode each segment: "%2F" inside a segment stays inside it.
        segments = [unquote(s) for s in parts.path.split("/")[1:]]
        if len(segments) not in (4, 5) or segments[:2] != ["v1", "notebooks"] or segments[3] != "notes":
            return self.answer(404, error("no_route", "No such route."))
        with lock:
            notes = notebooks.setdefault(segments[2], {})
            if len(segments) == 4:
                if method == "GET":
                    return self.list(segments[2], notes, parse_qs(parts.query))
                if method == "POST":
                    return self.create(segments[2], notes, body)
            else:
                if not segments[4].isdigit() or int(segments[4]) not in notes:
                    return self.answer(404, error("not_found", "No such note."))
                note_id = int(segments[4])
                if method == "GET":
                    return self.answer(200, notes[note_id])
                if method == "PUT":
                    return self.update(notes[note_id], body)
                if method == "DELETE":
                    del notes[note_id]
                    return self.answer(200, {"deleted": note_id})
        return self.answer(405, error("method_not_allowed", "Method not allowed."))

    def list(self, notebook, notes, query):
        found = list(notes.values())
        if "pinned" in query:
            pinned = query["pinned"] == ["true"]
            found = [note for note in found if note.get("pinned", False) == pinned]
        return self.answer(200, {"notebook": notebook, "notes": found})

    def read_fields(self, body):
        try:
            fields = json.loads(body)
        except ValueError:
            return None, "The body is not JSON."
        if not isinstance(fields, dict):
            return None, "The body is not a JSON object."
        return fields, rule_broken(fields)

    def create(self, notebook, notes, body):
        fields, problem = self.read_fields(body)
        if problem is None and "title" not in fields:
            problem = "A note needs a title."
        if problem:
            return self.answer(400, error("invalid", problem))
        note = {"id": next_id[0], "notebook": notebook}
        next_id[0] += 1
        note.update((key, fields[key]) for key in FIELDS if key in fields)
        notes[note["id"]] = note
        return self.answer(201, note)

    def update(self, note, body):
        fields, problem = self.read_fields(body)
        if problem is None and not any(key in fields for key in FIELDS):
            problem = "The change sets no field."
        if problem:
            return self.answer(400, error("invalid", problem))
        note.update((key, fields[key]) for key in FIELDS if key in fields)
        return self.answer(200, note)

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")

    def do_PUT(self):
        self.handle_any("PUT")

    def do_DELETE(self):
        self.handle_any("DELETE")


def exit_when_stdin_closes():
    sys.stdin.buffer.read()
    os._exit(0)


# Foundation's Process on Linux starts a child with the signal mask of the thread that started it,
# and a Swift concurrency thread blocks SIGTERM: unblocked here, so that terminate() stops the server.
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
print("PORT", server.server_address[1], flush=True)
server.serve_forever()
