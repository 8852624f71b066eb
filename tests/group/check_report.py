#!/usr/bin/env python3
"""Checks `pitchcheck batch --html` on the fixed group in tests/group/data, statically and in real Chromium.

  check_report.py --pitchcheck PITCHCHECK --data DIR --work DIR [--no-browser] [--chromium PATH]

It runs `pitchcheck batch DATA --format json --html WORK/group-report.html` once, so the JSON (the reports
and group.matches) and the HTML come from the same run, and then checks the page:

  * one table row per member, and one card per member whose text is the pitch, character for character;
  * every finding with a span highlighted at exactly that span: the <mark> segments naming the finding, put
    together, are the finding's text, and the UTF-8 length of the page text before them is its start byte;
  * the matches of group.matches all shown, including the pairs a person would name (listed below), and the
    members nobody can refer;
  * the pitch holding <script>alert(1)</script>, an <img onerror> and quotes and & is shown as text: the page
    has exactly one <script> (its own), no image, its title unchanged.

A second, hostile group (ids and pitches with markup, quotes, &, CRLF, emoji, invalid UTF-8 and control
characters) is rendered too and must come out as valid UTF-8 with no element or event handler from the input.

Without --no-browser the fixed group's page is also opened in headless Chromium (Debian's `chromium`;
installed with apt-get when missing and we are root) driven over the DevTools protocol by the small
WebSocket client below (Python's standard library only). The same DOM checks run on the live page after its
script ran, and then: no dialog opened, no request left the page, no Content-Security-Policy violation or
script error; keyboard focus and mouse hover on a highlight show its message and suggestion; the table sorts
by a heading and by #sort= in the address; print media hides the navigation. It saves WORK/group-report.png
(the whole page) and WORK/group-report.pdf (printed) as artefacts.

Exit status: 0 passed, 1 failed, 77 skipped (no chromium and none can be installed; never when CI is set).
"""

import argparse
import base64
import html.parser
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

SKIP = 77

# The pairs a person would name in tests/group/data (file names are the ids); test_group.cpp lists the same.
EXPECTED_PAIRS = [
    ("bookkeeper-dental.txt", "dental-marketing.txt"),
    ("bookkeeper-dental.txt", "dental-engineer.txt"),
    ("dental-engineer.txt", "dental-marketing.txt"),
    ("wedding-florist.txt", "wedding-photographer.txt"),
    ("wedding-florist.txt", "wedding-venue.txt"),
    ("caterer-injection.txt", "wedding-venue.txt"),
    ("commercial-cleaner.txt", "commercial-roofer.txt"),
    ("electrician.txt", "letting-agent.txt"),
]
EXPECTED_UNREFERRABLE = {"vague-coach.txt", "vague-consultant.txt", "vague-web.txt"}
INJECTED = "<script>alert(1)</script>"

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


# ---- Running pitchcheck ----------------------------------------------------------------------------------

def run_pitchcheck(pitchcheck, source, html_path, extra=()):
    cmd = [pitchcheck, "batch", source, "--format", "json", "--html", html_path, "--no-progress", "-j", "2", *extra]
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if result.returncode != 0:
        sys.exit("pitchcheck failed (%d): %s\n%s" % (result.returncode, " ".join(cmd), result.stderr.decode()))
    return json.loads(result.stdout)


def shown_text(raw):
    """What the page must show for the pitch's bytes: invalid bytes and control characters as U+FFFD."""
    text = raw.decode("utf-8", errors="replace")
    out = []
    for ch in text:
        code = ord(ch)
        control = (code < 0x20 and ch not in "\t\n\r") or code == 0x7F or 0x80 <= code < 0xA0
        out.append("\ufffd" if control else ch)
    return "".join(out)


# ---- The page as data: the same facts from the static parse and from the live DOM ---------------------------

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


VOID = {"meta", "br", "img", "input", "link", "hr", "area", "base", "col", "embed", "source", "track", "wbr"}


class Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root
        self.all_tags = []

    def handle_starttag(self, tag, attrs):
        self.all_tags.append((tag, attrs))
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.all_tags.append((tag, attrs))
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def static_facts(page_bytes):
    page = page_bytes.decode("utf-8")  # strict: the page must be valid UTF-8
    builder = Builder()
    builder.feed(page)
    builder.close()
    nodes = list(builder.root.walk())

    def having(tag=None, cls=None, attr=None):
        return [n for n in nodes if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
                and (attr is None or attr in n.attrs)]

    title = next((n.text() for n in nodes if n.tag == "title"), "")
    table = next(n for n in nodes if n.attrs.get("id") == "ranking-table")
    rows = [n.attrs.get("data-id") for n in table.walk() if n.tag == "tr" and "data-id" in n.attrs]
    cards = []
    for card in having("article", "card"):
        pitch = next(n for n in card.walk() if n.tag == "p" and "pitch" in n.classes())
        segments = []
        for c in pitch.children:
            if isinstance(c, str):
                segments.append([c, []])
            else:
                segments.append([c.text(), [int(x) for x in (c.attrs.get("data-f") or "").split()]])
        findings = [n.attrs.get("id") for n in card.walk() if n.tag == "li" and "finding" in n.classes()]
        cards.append({"id": card.attrs.get("data-id"), "segments": segments, "findings": findings})
    return {
        "title": title,
        "scripts": len(having("script")),
        "images": len(having("img")),
        "ready": True,
        "rows": rows,
        "cards": cards,
        "matches": [[n.attrs.get("data-a"), n.attrs.get("data-b"), n.attrs.get("data-kinds")]
                    for n in having("li", "match")],
        "competitors": [[n.attrs.get("data-a"), n.attrs.get("data-b")] for n in having("li", "competition")],
        "unreferrable": [n.attrs.get("data-id") for n in nodes if n.tag == "li" and n.parent is not None
                         and "unreferrable" in n.parent.classes()],
        "tags": builder.all_tags,
    }


# Run in the page: the same facts, from the DOM after the page's script ran.
FACTS_JS = r"""
(() => {
  const q = (s, r) => Array.from((r || document).querySelectorAll(s));
  return JSON.stringify({
    title: document.title,
    scripts: document.scripts.length,
    images: document.images.length,
    ready: document.documentElement.getAttribute('data-ready') === '1',
    rows: q('#ranking-table tbody tr').map(tr => tr.getAttribute('data-id')),
    cards: q('article.card').map(card => ({
      id: card.getAttribute('data-id'),
      segments: Array.from(card.querySelector('p.pitch').childNodes).map(n => n.nodeType === Node.TEXT_NODE
          ? [n.data, []]
          : [n.textContent, (n.getAttribute('data-f') || '').split(' ').filter(Boolean).map(Number)]),
      findings: q('li.finding', card).map(li => li.id)})),
    matches: q('li.match').map(li => [li.getAttribute('data-a'), li.getAttribute('data-b'), li.getAttribute('data-kinds')]),
    competitors: q('li.competition').map(li => [li.getAttribute('data-a'), li.getAttribute('data-b')]),
    unreferrable: q('ul.unreferrable > li').map(li => li.getAttribute('data-id')),
    handlers: q('*').filter(el => Array.from(el.attributes).some(a => a.name.startsWith('on'))).length,
    injected: typeof window.pwned !== 'undefined',
  });
})()
"""


def check_facts(where, facts, doc, texts, expected_title, exact_spans=True):
    """The checks shared by the static parse and the live DOM. `doc` is pitchcheck's JSON document."""
    reports = {r["id"]: r for r in doc["pitches"]}
    ids = [r["id"] for r in doc["pitches"]]
    check(facts["title"] == expected_title, "%s: title is %r, not %r" % (where, facts["title"], expected_title))
    check(facts["scripts"] == 1, "%s: %d <script> elements; only the page's own may exist" % (where, facts["scripts"]))
    check(facts["images"] == 0, "%s: %d <img> elements; the input's must be text" % (where, facts["images"]))
    check(facts["ready"], "%s: the page's script did not run to its end" % where)
    check(sorted(facts["rows"]) == sorted(ids) and len(facts["rows"]) == len(ids),
          "%s: table rows %r are not one per member %r" % (where, facts["rows"], ids))
    check(len(facts["cards"]) == len(ids), "%s: %d cards for %d members" % (where, len(facts["cards"]), len(ids)))

    spans_checked = 0
    for card in facts["cards"]:
        report = reports.get(card["id"])
        if not check(report is not None, "%s: a card for unknown id %r" % (where, card["id"])):
            continue
        page_text = "".join(s[0] for s in card["segments"])
        expected = shown_text(texts[card["id"]])
        check(page_text == expected, "%s: card %r shows %r, not the pitch %r" % (where, card["id"], page_text, expected))
        check(len(card["findings"]) == len(report["findings"]),
              "%s: card %r lists %d findings, the report has %d" % (where, card["id"], len(card["findings"]),
                                                                    len(report["findings"])))
        # Where each segment starts, in bytes of the UTF-8 page text.
        starts, offset = [], 0
        for text, _ in card["segments"]:
            starts.append(offset)
            offset += len(text.encode("utf-8"))
        for k, finding in enumerate(report["findings"]):
            if "start" not in finding or finding["end"] <= finding["start"]:
                continue
            mine = [i for i, (_, fs) in enumerate(card["segments"]) if k in fs]
            label = "%s: card %r finding %d %s %r" % (where, card["id"], k, finding["rule"], finding["text"])
            if not check(mine, label + " is not highlighted"):
                continue
            check(mine == list(range(mine[0], mine[-1] + 1)), label + " is highlighted in pieces that do not touch")
            shown = "".join(card["segments"][i][0] for i in mine)
            check(shown == shown_text(finding["text"].encode("utf-8")),
                  label + " highlights %r" % shown)
            if exact_spans:
                check(starts[mine[0]] == finding["start"],
                      label + " starts at byte %d, not %d" % (starts[mine[0]], finding["start"]))
                end = starts[mine[-1]] + len(card["segments"][mine[-1]][0].encode("utf-8"))
                check(end == finding["end"], label + " ends at byte %d, not %d" % (end, finding["end"]))
            spans_checked += 1

    wanted = {frozenset((m["a"], m["b"])) for m in doc["group"]["matches"]}
    shown = {frozenset((a, b)) for a, b, _ in facts["matches"]}
    check(shown == wanted, "%s: matches shown %r differ from group.matches %r" % (where, shown, wanted))
    shown_rivals = {frozenset(p) for p in facts["competitors"]}
    check(shown_rivals == {frozenset((c["a"], c["b"])) for c in doc["group"]["competitors"]},
          "%s: competitors differ from group.competitors" % where)
    check(set(facts["unreferrable"]) == {u["id"] for u in doc["group"]["unreferrable"]},
          "%s: unreferrable members %r differ from group.unreferrable" % (where, facts["unreferrable"]))
    return spans_checked


def check_fixed_group(where, facts, doc, texts):
    spans = check_facts(where, facts, doc, texts, "Group report: data")
    check(spans >= 10, "%s: only %d highlighted spans checked" % (where, spans))
    shown = {frozenset((a, b)) for a, b, _ in facts["matches"]}
    for a, b in EXPECTED_PAIRS:
        check(frozenset((a, b)) in shown, "%s: the pair %s + %s is not shown" % (where, a, b))
    check(set(facts["unreferrable"]) == EXPECTED_UNREFERRABLE,
          "%s: nobody-can-refer list is %r" % (where, facts["unreferrable"]))
    injected = [c for c in facts["cards"] if c["id"] == "caterer-injection.txt"]
    check(injected and INJECTED in "".join(s[0] for s in injected[0]["segments"]),
          "%s: the injected %s is not shown as text" % (where, INJECTED))


def check_static_markup(where, facts):
    """No element or attribute the page did not write itself."""
    allowed = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "nav",
               "a", "main", "section", "dl", "div", "dt", "dd", "figure", "svg", "desc", "line", "text", "rect",
               "figcaption", "ul", "li", "ol", "q", "b", "span", "table", "thead", "tr", "th", "button", "tbody",
               "td", "bdi", "article", "mark", "blockquote", "footer", "script"}
    for tag, attrs in facts["tags"]:
        check(tag in allowed, "%s: unexpected element <%s> in the page" % (where, tag))
        for name, _ in attrs:
            check(not name.lower().startswith("on"), "%s: event handler attribute %s on <%s>" % (where, name, tag))


def hostile_group(work):
    """A CSV whose ids and pitches are markup, quotes, &, CRLF, emoji, invalid UTF-8 and a control character."""
    rows = [
        (b'<x-evil onclick="alert(1)">&amp; \'q\'</x-evil>',
         b'I help dental practices in Leeds <x-evil>bad</x-evil> & "friends" who want paying clients.'),
        (b'caf\xc3\xa9 \xf0\x9f\x8d\xb0 \xe6\x9d\xb1\xe4\xba\xac',
         b'Hi everyone, I\'m Zo\xc3\xab \xf0\x9f\x8d\xb0 from Caf\xc3\xa9 \xe6\x9d\xb1\xe4\xba\xac.\r\n'
         b'I want paying clients,\r\nhonestly anyone. Any referrals welcome!'),
        (b'bytes',
         b'I fit stairlifts \xff\xfe for anyone who needs one \x1b[31m in Leeds. Any referrals welcome.'),
        (b'</td></tr></table><script>window.pwned=1</script>',
         b'We are a bookkeeper. I work with dental practices in Leeds. <img src=x onerror="window.pwned=1">'),
    ]

    def field(value):
        return b'"' + value.replace(b'"', b'""') + b'"'

    path = os.path.join(work, "hostile.csv")
    with open(path, "wb") as f:
        f.write(b"id,text\r\n")
        for pid, text in rows:
            f.write(field(pid) + b"," + field(text) + b"\r\n")
    return path, {pid.decode("utf-8", errors="replace"): text for pid, text in rows}


# ---- A small DevTools-protocol client (WebSocket, RFC 6455, standard library only) -----------------------

class WebSocket:
    def __init__(self, url, timeout=60):
        parts = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = ("GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (parts.path, parts.hostname,
                                                                                     parts.port, key))
        self.sock.sendall(request.encode())
        self.buffer = bytearray()
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("the browser closed the connection during the handshake")
            self.buffer += chunk
        head, _, rest = bytes(self.buffer).partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError("WebSocket handshake refused: %r" % head[:200])
        self.buffer = bytearray(rest)

    def send(self, text, opcode=0x1):
        payload = text.encode() if isinstance(text, str) else text
        header = bytearray([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 65536:
            header.append(0x80 | 126)
            header += struct.pack(">H", n)
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", n)
        mask = os.urandom(4)
        header += mask
        masked = bytes(b ^ mask[i & 3] for i, b in enumerate(payload))  # clients must mask (RFC 6455 5.3)
        self.sock.sendall(bytes(header) + masked)

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ConnectionError("the browser closed the connection")
            self.buffer += chunk
        out = bytes(self.buffer[:n])
        del self.buffer[:n]
        return out

    def receive(self):
        message = bytearray()
        while True:
            b0, b1 = self._read(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            data = self._read(n)
            if mask:
                data = bytes(b ^ mask[i & 3] for i, b in enumerate(data))
            if opcode == 0x9:  # ping
                self.send(data, 0xA)
                continue
            if opcode == 0x8:
                raise ConnectionError("the browser closed the DevTools connection")
            if opcode in (0x0, 0x1, 0x2):
                message += data
                if b0 & 0x80:
                    return message.decode("utf-8")

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class DevTools:
    def __init__(self, ws):
        self.ws, self.next_id = ws, 0
        self.events = []  # not yet waited for
        self.log = []     # every event, for the checks at the end

    def call(self, method, **params):
        self.next_id += 1
        ident = self.next_id
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
                self.log.append(message)

    def wait_for(self, method, timeout=60):
        deadline = time.time() + timeout
        while True:
            for i, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(i)
            if time.time() > deadline:
                raise TimeoutError("no %s within %d s" % (method, timeout))
            message = json.loads(self.ws.receive())
            if "method" in message:
                self.events.append(message)
                self.log.append(message)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError("page script failed: %s" % json.dumps(result["exceptionDetails"])[:500])
        return result["result"].get("value")


# ---- Chromium ------------------------------------------------------------------------------------------

def find_chromium(explicit):
    for name in (explicit, os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def install_chromium():
    """Debian's chromium, the way cmake/install-deps.sh --test installs it; only as root with apt-get."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("apt-get"):
        return "not root, or no apt-get: run cmake/install-deps.sh --test as root"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]
    for attempt in (install, ["apt-get", "update", "-qq"], install):
        print("check_report: running %s" % " ".join(attempt), flush=True)
        result = subprocess.run(attempt, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=900)
        if attempt is install and result.returncode == 0:
            return None
    return "apt-get could not install chromium: " + result.stdout.decode(errors="replace")[-500:]


class Browser:
    FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", "--mute-audio", "--remote-debugging-port=0"]

    def __init__(self, chromium, work):
        self.profile = tempfile.mkdtemp(prefix="pitchcheck-chromium-")  # a fresh profile every run
        self.log = open(os.path.join(work, "chromium.log"), "wb")
        self.process = subprocess.Popen([chromium, *self.FLAGS, "--user-data-dir=" + self.profile, "about:blank"],
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.time() + 60
        while not (os.path.exists(port_file) and open(port_file).read().count("\n") >= 1):
            if self.process.poll() is not None or time.time() > deadline:
                raise RuntimeError("chromium did not start; see %s" % self.log.name)
            time.sleep(0.1)
        self.port = int(open(port_file).read().split()[0])
        with urllib.request.urlopen("http://127.0.0.1:%d/json/list" % self.port, timeout=30) as response:
            targets = json.load(response)
        page = next(t for t in targets if t.get("type") == "page")
        self.ws = WebSocket(page["webSocketDebuggerUrl"])
        self.tools = DevTools(self.ws)

    def close(self):
        self.ws.close()
        try:
            os.killpg(self.process.pid, signal.SIGTERM)  # our own process group: chromium and its helpers
            self.process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


def browser_checks(chromium, work, html_path, doc, texts, hostile):
    browser = Browser(chromium, work)
    try:
        t = browser.tools
        for domain in ("Page", "Runtime", "Log", "Network"):
            t.call(domain + ".enable")
        t.call("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)
        t.call("Emulation.setFocusEmulationEnabled", enabled=True)  # a headless page has no window focus
        url = "file://" + os.path.abspath(html_path)

        def load(address):
            # Through about:blank, so that a change of #fragment alone is a new load too.
            for step in ("about:blank", address):
                t.events.clear()
                t.call("Page.navigate", url=step)
                t.wait_for("Page.loadEventFired")
            time.sleep(0.2)  # let the page's script settle after the load event

        load(url)
        facts = json.loads(t.evaluate(FACTS_JS))
        check_fixed_group("chromium", facts, doc, texts)
        check(facts["handlers"] == 0, "chromium: %d elements carry event handler attributes" % facts["handlers"])
        check(not facts["injected"], "chromium: a script from a pitch set a global")

        # Keyboard focus and mouse hover on a highlight show its finding's message and suggestion.
        target = json.loads(t.evaluate(r"""(() => {
            const m = document.querySelector('article[data-id="vague-consultant.txt"] mark.c-vague');
            const li = document.getElementById(m.getAttribute('aria-describedby').split(' ')[0]);
            m.scrollIntoView({block: 'center'});
            const r = m.getBoundingClientRect();
            return JSON.stringify({x: r.left + r.width / 2, y: r.top + r.height / 2,
                                   msg: li.querySelector('.msg').textContent,
                                   sug: (li.querySelector('.sug') || {textContent: ''}).textContent});
        })()"""))
        t.evaluate("document.querySelector('article[data-id=\"vague-consultant.txt\"] mark.c-vague').focus()")
        tip = json.loads(t.evaluate("JSON.stringify({hidden: document.getElementById('tip').hidden, "
                                    "text: document.getElementById('tip').textContent})"))
        check(not tip["hidden"] and target["msg"] in tip["text"] and target["sug"] in tip["text"],
              "chromium: focusing a highlight does not show its finding: %r" % tip)
        t.call("Input.dispatchKeyEvent", type="keyDown", key="Escape", code="Escape", windowsVirtualKeyCode=27)
        t.call("Input.dispatchKeyEvent", type="keyUp", key="Escape", code="Escape", windowsVirtualKeyCode=27)
        check(t.evaluate("document.getElementById('tip').hidden") is True, "chromium: Escape does not hide the tooltip")
        t.evaluate("document.activeElement.blur()")
        t.call("Input.dispatchMouseEvent", type="mouseMoved", x=target["x"], y=target["y"])
        tip = json.loads(t.evaluate("JSON.stringify({hidden: document.getElementById('tip').hidden, "
                                    "text: document.getElementById('tip').textContent})"))
        check(not tip["hidden"] and target["msg"] in tip["text"],
              "chromium: hovering over a highlight does not show its finding: %r" % tip)
        t.call("Input.dispatchMouseEvent", type="mouseMoved", x=5, y=5)

        # Sorting by a heading (a real click), then by the address.
        where = json.loads(t.evaluate(r"""(() => {
            const b = document.querySelector('#ranking-table button[data-key="member"]');
            b.scrollIntoView({block: 'center'});
            const r = b.getBoundingClientRect();
            return JSON.stringify({x: r.left + r.width / 2, y: r.top + r.height / 2});
        })()"""))
        for kind in ("mousePressed", "mouseReleased"):
            t.call("Input.dispatchMouseEvent", type=kind, x=where["x"], y=where["y"], button="left", clickCount=1)
        rows = json.loads(t.evaluate(FACTS_JS))["rows"]
        check(rows == sorted(rows, key=str.lower), "chromium: clicking Member does not sort by member: %r" % rows)
        load(url + "#sort=score-asc")
        scores = json.loads(t.evaluate("JSON.stringify(Array.from(document.querySelectorAll("
                                       "'#ranking-table tbody td.score')).map(td => Number(td.textContent)))"))
        check(scores == sorted(scores) and len(scores) == len(doc["pitches"]),
              "chromium: #sort=score-asc does not sort by rising score: %r" % scores)
        load(url)

        # The hostile group's page: nothing from its ids or pitches may run or become markup.
        hostile_html, hostile_doc, hostile_texts = hostile
        load("file://" + os.path.abspath(hostile_html))
        facts = json.loads(t.evaluate(FACTS_JS))
        check_facts("chromium hostile", facts, hostile_doc, hostile_texts, "Group report: hostile.csv",
                    exact_spans=False)
        check(facts["handlers"] == 0 and not facts["injected"], "chromium hostile: a pitch's markup came alive")
        load(url)

        # Nothing fetched, nothing blocked, no dialog, no script error.
        pages = (url, "file://" + os.path.abspath(hostile_html), "about:blank")
        requests = [e["params"]["request"]["url"] for e in t.log if e["method"] == "Network.requestWillBeSent"]
        check(requests and all(r.split("#")[0] in pages for r in requests),
              "chromium: the page fetched %r" % requests)
        dialogs = [e for e in t.log if e["method"] == "Page.javascriptDialogOpening"]
        check(not dialogs, "chromium: a dialog opened: %r" % dialogs)
        errors = [e["params"] for e in t.log if e["method"] == "Runtime.exceptionThrown"]
        check(not errors, "chromium: script errors: %r" % errors)
        blocked = [e["params"]["entry"]["text"] for e in t.log if e["method"] == "Log.entryAdded"
                   and "Content Security Policy" in e["params"]["entry"].get("text", "")]
        check(not blocked, "chromium: Content-Security-Policy violations: %r" % blocked)

        # Print: no navigation or tooltip on paper; save the printout.
        t.call("Emulation.setEmulatedMedia", media="print")
        hidden = t.evaluate("getComputedStyle(document.querySelector('header.page nav')).display")
        check(hidden == "none", "chromium: the navigation is printed (display %r)" % hidden)
        pdf = base64.b64decode(t.call("Page.printToPDF", printBackground=True, preferCSSPageSize=True)["data"])
        with open(os.path.join(work, "group-report.pdf"), "wb") as f:
            f.write(pdf)
        check(pdf.startswith(b"%PDF") and len(pdf) > 10000, "chromium: printing gave no PDF")
        t.call("Emulation.setEmulatedMedia", media="")

        # The whole page, as an artefact.
        t.evaluate("window.scrollTo(0, 0)")
        size = t.call("Page.getLayoutMetrics")["cssContentSize"]
        shot = t.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                      clip={"x": 0, "y": 0, "width": 1280, "height": size["height"], "scale": 1})
        png = base64.b64decode(shot["data"])
        path = os.path.join(work, "group-report.png")
        with open(path, "wb") as f:
            f.write(png)
        check(png.startswith(b"\x89PNG") and len(png) > 50000, "chromium: the screenshot is empty")
        print("check_report: screenshot %s (%d bytes), printout %s" % (path, len(png),
                                                                       os.path.join(work, "group-report.pdf")))
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pitchcheck", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--chromium")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)

    # The fixed group: folder input, ids are the file names.
    html_path = os.path.join(args.work, "group-report.html")
    doc = run_pitchcheck(args.pitchcheck, args.data, html_path)
    texts = {}
    for name in os.listdir(args.data):
        if name.endswith(".txt"):
            with open(os.path.join(args.data, name), "rb") as f:
                texts[name] = f.read()
    with open(html_path, "rb") as f:
        page = f.read()
    facts = static_facts(page)
    check_fixed_group("static", facts, doc, texts)
    check_static_markup("static", facts)

    # The hostile group: must stay text, and the page valid UTF-8.
    hostile_csv, hostile_texts = hostile_group(args.work)
    hostile_html = os.path.join(args.work, "hostile-report.html")
    hostile_doc = run_pitchcheck(args.pitchcheck, hostile_csv, hostile_html)
    with open(hostile_html, "rb") as f:
        hostile_page = f.read()
    try:
        hostile_facts = static_facts(hostile_page)
    except UnicodeDecodeError as e:
        sys.exit("hostile: the page is not valid UTF-8: %s" % e)
    check_facts("hostile", hostile_facts, hostile_doc, hostile_texts, "Group report: hostile.csv", exact_spans=False)
    check_static_markup("hostile", hostile_facts)
    check(b"<x-evil" not in hostile_page and b"window.pwned=1</script>" not in hostile_page,
          "hostile: markup from the input reached the page")

    # A report path that cannot be written is a usage error, found before any pitch is read.
    bad = subprocess.run([args.pitchcheck, "batch", args.data, "--html", os.path.join(args.work, "no-such-dir", "r.html")],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    check(bad.returncode == 2 and b"cannot write" in bad.stderr and not bad.stdout,
          "--html to an unwritable path: status %d, stderr %r" % (bad.returncode, bad.stderr[:200]))

    if not args.no_browser and not failures:  # a browser adds nothing to a page already wrong
        chromium = find_chromium(args.chromium)
        if chromium is None:
            reason = install_chromium()
            chromium = find_chromium(args.chromium)
            if chromium is None:
                if os.environ.get("CI"):
                    print("check_report: FAILED: no chromium in CI (%s)" % reason)
                    return 1
                print("check_report: SKIPPED: no chromium (%s)" % reason)
                return SKIP
        browser_checks(chromium, args.work, html_path, doc, texts, (hostile_html, hostile_doc, hostile_texts))

    if failures:
        print("check_report: %d check(s) failed:" % len(failures))
        for f in failures:
            print("  - " + f)
        return 1
    print("check_report: all checks passed (%d members, %d matches%s)" %
          (len(doc["pitches"]), len(doc["group"]["matches"]), "" if args.no_browser else ", in chromium"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
