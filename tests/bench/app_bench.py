#!/usr/bin/env python3
"""Whole-app benchmarks: Coinage beside kwrite and ghostwriter under Xvfb (run by scripts/bench-app).

For each editor and each run, on the generated posts (empty, 1 MB, 10 MB):
  launch  - the editor is started with the post; "shown" is the time from launch until its top-level window is mapped
            and painted (its image is no longer the uniform black of the root window); "typeable" is the time until a
            key sent right after that ('x') has reached the document (the window title shows it modified); "settled"
            is the time at which the process went quiet (the start of the first second with under 10% of a core).
            Peak (VmHWM) and settled (VmRSS) resident memory come from /proc/PID/status.
  typing  - 10 MB post, caret at the top of the body (the first line after the front matter) or in the middle
            (the middle line): 300 characters typed with `xdotool type --delay`; main-thread CPU
            (/proc/PID/task/PID/stat utime+stime) from before the first key until the editor is quiet again, divided by
            the number of keys. The post is then saved (Ctrl+S) and the file compared with the expected text, so a run
            whose keys did not reach the editor (or landed elsewhere) fails loudly instead of measuring nothing.
Medians over the runs; the JSON keeps every sample.
"""
import argparse
import ctypes
import ctypes.util
import datetime
import json
import os
import platform
import select
import shutil
import signal
import statistics
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")
# Letters and spaces only: no character that an editor pairs, completes or turns typographic.
TYPED = "the quick brown fox jumps over the lazy dog while the writer keeps typing into a long post "


# ---- Xlib through ctypes: map events, window images, titles ------------------------------------------------------

class XAnyEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong)]


class XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("any", XAnyEvent), ("map", XMapEvent), ("pad", ctypes.c_long * 24)]


class XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_char)), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


MAP_NOTIFY = 19
PROPERTY_NOTIFY = 28
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
PROPERTY_CHANGE_MASK = 1 << 22
Z_PIXMAP = 2


class X:
    def __init__(self, display):
        self.lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        lib = self.lib
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        lib.XPending.argtypes = [ctypes.c_void_p]
        lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
        lib.XFlush.argtypes = [ctypes.c_void_p]
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.XGetImage.restype = ctypes.POINTER(XImage)
        lib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                  ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        lib.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
        lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long,
                                           ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
                                           ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
                                           ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                                           ctypes.POINTER(ctypes.c_void_p)]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XSetErrorHandler.restype = ctypes.c_void_p
        self.error_handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
        lib.XSetErrorHandler(self.error_handler)  # windows may vanish between an event and a request
        self.dpy = lib.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError("cannot open display " + display)
        self.root = lib.XDefaultRootWindow(self.dpy)
        lib.XSelectInput(self.dpy, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        lib.XFlush(self.dpy)
        self.fd = lib.XConnectionNumber(self.dpy)
        self.atom_pid = lib.XInternAtom(self.dpy, b"_NET_WM_PID", 0)
        self.atom_name = lib.XInternAtom(self.dpy, b"_NET_WM_NAME", 0)
        self.atom_wm_name = lib.XInternAtom(self.dpy, b"WM_NAME", 0)

    def events(self, timeout):
        """Yields (time, event) until timeout seconds have passed."""
        end = time.monotonic() + timeout
        event = XEvent()
        while True:
            while self.lib.XPending(self.dpy):
                self.lib.XNextEvent(self.dpy, ctypes.byref(event))
                yield time.monotonic(), event
            left = end - time.monotonic()
            if left <= 0:
                return
            select.select([self.fd], [], [], min(left, 0.005))
            yield time.monotonic(), None

    def drain(self):
        self.lib.XSync(self.dpy, 0)
        event = XEvent()
        while self.lib.XPending(self.dpy):
            self.lib.XNextEvent(self.dpy, ctypes.byref(event))

    def property(self, window, atom, as_int=False):
        actual_type = ctypes.c_ulong()
        fmt = ctypes.c_int()
        count = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.lib.XGetWindowProperty(self.dpy, window, atom, 0, 4096, 0, 0, ctypes.byref(actual_type),
                                             ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after),
                                             ctypes.byref(data))
        if status != 0 or not data.value:
            return None
        try:
            if as_int:
                return ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if count.value else None
            return ctypes.string_at(data, count.value).decode("utf-8", "replace")
        finally:
            self.lib.XFree(data)

    def pid(self, window):
        return self.property(window, self.atom_pid, as_int=True)

    def title(self, window):
        return self.property(window, self.atom_name) or self.property(window, self.atom_wm_name) or ""

    def watch_properties(self, window):
        self.lib.XSelectInput(self.dpy, window, PROPERTY_CHANGE_MASK)
        self.lib.XFlush(self.dpy)

    def size(self, window):
        attributes = XWindowAttributes()
        if not self.lib.XGetWindowAttributes(self.dpy, window, ctypes.byref(attributes)):
            return None
        return attributes.width, attributes.height, attributes.map_state

    def painted(self, window):
        """Whether the window's image is more than one colour (an unpainted window shows the black root)."""
        size = self.size(window)
        if not size or size[2] != 2:
            return False
        image = self.lib.XGetImage(self.dpy, window, 0, 0, size[0], size[1], 0xFFFFFFFF, Z_PIXMAP)
        if not image:
            return False
        try:
            length = image.contents.bytes_per_line * image.contents.height
            data = ctypes.string_at(image.contents.data, length)
            return data.count(data[:4]) * 4 != length
        finally:
            self.lib.XDestroyImage(image)


# ---- /proc ---------------------------------------------------------------------------------------------------------

def cpu_ticks(pid, tid=None):
    path = f"/proc/{pid}/task/{tid}/stat" if tid else f"/proc/{pid}/stat"
    try:
        with open(path) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15)
    except (OSError, IndexError):
        return None


def memory_kb(pid):
    values = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values


def wait_quiet(pid, window=1.0, share=0.1, timeout=240.0, tid=None):
    """Waits for the first `window` seconds in which the process used at most `share` of one core (timers such as a
    blinking caret or a clock keep some editors above zero). Returns (time, ticks): the monotonic time at which that
    quiet window began, and the process's (or thread tid's) CPU ticks then."""
    samples = []  # (time, process ticks, thread ticks)
    end = time.monotonic() + timeout
    limit = share * window * TICK
    while True:
        ticks = cpu_ticks(pid)
        thread = cpu_ticks(pid, tid) if tid else ticks
        now = time.monotonic()
        if ticks is None:
            return (samples[-1][0], samples[-1][2]) if samples else (now, 0)
        samples.append((now, ticks, thread))
        first = next(i for i, sample in enumerate(samples) if now - sample[0] <= window + 1e-3)
        if first > 0:
            first -= 1  # the newest sample at least `window` old
        if now - samples[first][0] >= window and ticks - samples[first][1] <= limit:
            return samples[first][0], samples[first][2]
        if now > end:
            return now, thread
        time.sleep(0.05)


# ---- editors -------------------------------------------------------------------------------------------------------

class Editor:
    name = ""
    modified_marker = "*"

    def __init__(self, home, options):
        self.home = home
        self.options = options

    def env(self):
        env = dict(os.environ)
        env.update(HOME=self.home, XDG_CONFIG_HOME=self.home + "/.config", XDG_CACHE_HOME=self.home + "/.cache",
                   XDG_DATA_HOME=self.home + "/.local/share", XDG_RUNTIME_DIR=self.home + "/runtime",
                   QT_QPA_PLATFORM="xcb")
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        return env

    def prepare(self, post, line, offset):
        os.makedirs(self.home + "/runtime", mode=0o700, exist_ok=True)

    def command(self, post, line):
        raise NotImplementedError


class Coinage(Editor):
    name = "coinage"

    def env(self):
        env = super().env()
        env["COINAGE_BENCH"] = "1"
        return env

    def command(self, post, line):
        self.line = line
        return [self.options.coinage, "--new-instance", "-geometry", self.options.geometry, post]

    def launch_env(self, line):
        env = self.env()
        if line:
            env["COINAGE_BENCH_LINE"] = str(line)
        return env


class KWrite(Editor):
    name = "kwrite"

    def command(self, post, line):
        args = ["kwrite", "-geometry", self.options.geometry]
        if line:
            args += ["--line", str(line), "--column", "0"]
        return args + [post]


class Ghostwriter(Editor):
    name = "ghostwriter"
    modified_marker = None  # its title does not show unsaved changes

    def prepare(self, post, line, offset):
        super().prepare(post, line, offset)
        folder = self.home + "/.config/kde.org"
        os.makedirs(folder, exist_ok=True)
        # Keep its defaults; the post is reopened as the last session's file, at the remembered caret position (an
        # argument on the command line would open it at the top).
        with open(folder + "/ghostwriter.conf", "w") as f:
            f.write("[Session]\nrestoreSession=true\nrememberFileHistory=true\n\n")
            f.write("[LastOpenedFile]\nfilePath=%s\ncursorPosition=%d\n\n" % (post, offset))
            f.write("[FileHistory]\n1\\filePath=%s\n1\\cursorPosition=%d\nsize=1\n" % (post, offset))

    def env(self):
        env = super().env()
        if os.geteuid() == 0:
            env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # its preview (Qt WebEngine) refuses to run as root otherwise
        return env

    def command(self, post, line):
        return ["ghostwriter", "-geometry", self.options.geometry]


EDITORS = {"coinage": Coinage, "kwrite": KWrite, "ghostwriter": Ghostwriter}


# ---- one launch ----------------------------------------------------------------------------------------------------

class RunError(Exception):
    pass


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def trace(*args):
    if os.environ.get("BENCH_APP_TRACE"):
        print(f"[{time.monotonic():.3f}]", *args, file=sys.stderr, flush=True)


def focus(window, size):
    """Keyboard focus to the window: the pointer in its middle (with no window manager, X focus follows the pointer
    when it reverts to PointerRoot) and the input focus set on it."""
    xdotool("mousemove", str(size[0] // 2), str(size[1] // 2))
    xdotool("windowfocus", str(window))


def launch(x, editor, post, line, offset, type_text, log):
    """Starts the editor on post; measures the launch, and typing when type_text is given. Returns a dict."""
    editor.prepare(post, line, offset)
    env = editor.launch_env(line) if isinstance(editor, Coinage) else editor.env()
    with open(post, "rb") as f:
        original = f.read()
    x.drain()
    stderr = open(log, "w")
    start_wall = time.time()
    start = time.monotonic()
    process = subprocess.Popen(editor.command(post, line), env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                               cwd=editor.home, start_new_session=True)
    result = {"editor": editor.name, "post": os.path.basename(post), "line": line}
    try:
        mapped = []  # top-level windows of the process, in the order they were mapped
        shown = None
        for now, event in x.events(180):
            if process.poll() is not None:
                raise RunError(f"{editor.name} exited with {process.returncode} (log {log})")
            if event is not None and event.type == MAP_NOTIFY and not event.map.override_redirect:
                if x.pid(event.map.window) == process.pid:
                    mapped.append(event.map.window)
            if any(x.painted(window) for window in mapped):
                shown = now
                break
        if shown is None:
            raise RunError(f"{editor.name}: no painted window within 180 s")
        result["shownMs"] = (shown - start) * 1000
        trace("shown", mapped)
        # The window to type into: a visible one of the process whose title names the post (some editors map
        # helper windows first, or show "untitled" until the post is loaded).
        window = None
        deadline = time.monotonic() + 180
        while window is None and time.monotonic() < deadline and process.poll() is None:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)],
                                   capture_output=True, text=True).stdout.split()
            for candidate in reversed(found):
                if os.path.basename(post) in x.title(int(candidate)):
                    window = int(candidate)
                    break
            else:
                time.sleep(0.02)
        if window is None:
            raise RunError(f"{editor.name}: no window titled with the post (log {log})")
        x.watch_properties(window)
        size = x.size(window)
        trace("window", window, size, repr(x.title(window)))
        result["window"] = f"{size[0]}x{size[1]}"
        # Typeable: a key sent now reaches the document when the title shows the post modified.
        if not editor.modified_marker:
            # No way to see when the key lands: let the editor finish loading first (ghostwriter shows its window
            # and then loads the post in chunks, and moves the caret to the remembered position at the end).
            settled_before_probe, _ = wait_quiet(process.pid)
        focus(window, size)
        trace("probe")
        probe_sent = time.monotonic()
        xdotool("key", "x")
        typeable = None
        for now, event in (x.events(180) if editor.modified_marker else ()):
            if process.poll() is not None:
                raise RunError(f"{editor.name} exited with {process.returncode} (log {log})")
            if event is not None and event.type != PROPERTY_NOTIFY:
                continue
            if editor.modified_marker in x.title(window):
                typeable = now
                break
        if typeable is None and editor.modified_marker:
            raise RunError(f"{editor.name}: the title never showed the post modified ({x.title(window)!r})")
        if typeable is not None:
            result["typeableMs"] = (typeable - start) * 1000
            result["probeLatencyMs"] = (typeable - probe_sent) * 1000
        if editor.modified_marker:
            settled, _ = wait_quiet(process.pid)
        else:
            settled = settled_before_probe
            wait_quiet(process.pid)
        result["settledMs"] = (max(settled, typeable or shown) - start) * 1000
        memory = memory_kb(process.pid)
        result["peakMB"] = memory.get("VmHWM", 0) / 1024
        result["settledMB"] = memory.get("VmRSS", 0) / 1024
        expected_insert = "x"
        if type_text:
            before = cpu_ticks(process.pid, process.pid)
            focus(window, size)
            typing_start = time.monotonic()
            xdotool("type", "--delay", str(editor.options.delay), type_text)
            typing_end = time.monotonic()
            _, after = wait_quiet(process.pid, tid=process.pid)
            result["keys"] = len(type_text)
            result["typingWallS"] = typing_end - typing_start
            result["cpuPerKeyMs"] = (after - before) * 1000 / TICK / len(type_text)
            memory = memory_kb(process.pid)
            result["peakMB"] = memory.get("VmHWM", 0) / 1024
            result["afterTypingMB"] = memory.get("VmRSS", 0) / 1024
            expected_insert += type_text
        # Save and check that every key landed where it should.
        mtime = os.stat(post).st_mtime_ns
        focus(window, size)
        xdotool("key", "ctrl+s")
        deadline = time.monotonic() + 60
        while os.stat(post).st_mtime_ns == mtime and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        with open(post, "rb") as f:
            saved = f.read()
        insert = expected_insert.encode()
        expected = original[:offset_bytes(original, line)] + insert + original[offset_bytes(original, line):]
        if saved == expected:
            result["verified"] = "exact"
        elif saved == expected + b"\n":
            result["verified"] = "final newline added"
        elif [l.rstrip() for l in saved.split(b"\n")] == [l.rstrip() for l in expected.split(b"\n")]:
            result["verified"] = "trailing spaces differ"
        else:
            with open(log + ".saved", "wb") as f:
                f.write(saved)
            where = saved.find(insert)
            raise RunError(f"{editor.name}: the saved post is not the expected one (size {len(saved)} vs "
                           f"{len(expected)}, typed text found at byte {where}); log {log}")
        if isinstance(editor, Coinage):
            with open(log) as f:
                for text in f:
                    if text.startswith("coinage-bench first-paint "):
                        result["editorPaintMs"] = int(text.split()[2]) - start_wall * 1000
        return result
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        stderr.close()
        with open(post, "wb") as f:
            f.write(original)


def offset_bytes(data, line):
    """Byte offset of the start of 1-based line (0 for line 0/None)."""
    if not line or line <= 1:
        return 0
    position = -1
    for _ in range(line - 1):
        position = data.index(b"\n", position + 1)
    return position + 1


def char_offset(data, line):
    """UTF-16 offset (a QTextCursor position) of the start of 1-based line."""
    return len(data[:offset_bytes(data, line)].decode("utf-8").encode("utf-16-le")) // 2


def body_line(data):
    """The first non-empty line after the front matter (1-based)."""
    lines = data.split(b"\n")
    first = 0
    if lines and lines[0].rstrip() == b"---":
        for number, text in enumerate(lines[1:], start=1):
            if text.rstrip() in (b"---", b"..."):
                first = number + 1
                break
    while first < len(lines) - 1 and not lines[first].strip():
        first += 1
    return first + 1


# ---- the run -------------------------------------------------------------------------------------------------------

def start_xvfb(options):
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-br", "-nolisten",
                             "tcp", "-noreset"], pass_fds=(write,), stderr=subprocess.DEVNULL,
                            start_new_session=True)
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise RuntimeError("Xvfb did not start")
        number += chunk
    os.close(read)
    return xvfb, ":" + number.decode().strip()


def median(values):
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", required=True, help="folder with bench-1mb.md and bench-10mb.md")
    parser.add_argument("--coinage", required=True, help="the Coinage executable (a Release build)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--editors", default="coinage,kwrite,ghostwriter")
    parser.add_argument("--scenarios", default="empty,1mb,top,middle",
                        help="launch scenarios (empty, 1mb, 10mb) and typing scenarios on the 10 MB post (top, "
                             "middle; their launches count as 10 MB launches)")
    parser.add_argument("--delay", type=int, default=20, help="ms between typed keys (xdotool type --delay)")
    parser.add_argument("--keys", type=int, default=300)
    parser.add_argument("--geometry", default="1200x850+0+0")
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--markdown", help="write the table as Markdown here (for the README)")
    parser.add_argument("--work", default="/tmp/coinage-bench-app")
    options = parser.parse_args()
    options.coinage = os.path.abspath(options.coinage)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop the editor and Xvfb on the way out

    shutil.rmtree(options.work, ignore_errors=True)
    os.makedirs(options.work)
    posts = {}
    for name, source in (("empty", None), ("1mb", "bench-1mb.md"), ("10mb", "bench-10mb.md")):
        target = os.path.join(options.work, f"post-{name}.md")
        if source:
            shutil.copyfile(os.path.join(options.posts, source), target)
        else:
            open(target, "w").close()
        posts[name] = target
    with open(posts["10mb"], "rb") as f:
        big = f.read()
    lines = {"top": body_line(big), "middle": big.count(b"\n") // 2}
    offsets = {key: char_offset(big, value) for key, value in lines.items()}
    typed = (TYPED * (options.keys // len(TYPED) + 1))[:options.keys - 1] + "s"

    xvfb, display = start_xvfb(options)
    os.environ["DISPLAY"] = display
    os.environ.pop("XAUTHORITY", None)
    samples = []
    failures = []
    try:
        x = X(display)
        editors = [EDITORS[name](os.path.join(options.work, "home-" + name), options)
                   for name in options.editors.split(",")]
        for editor in editors:  # warm-up (caches, first-start files), not counted
            try:
                launch(x, editor, posts["1mb"], None, 0, None, os.path.join(options.work, editor.name + "-warmup.log"))
            except RunError as error:
                print("warm-up:", error, file=sys.stderr)
        for run in range(options.runs):
            for editor in editors:
                for scenario in options.scenarios.split(","):
                    post = posts["10mb" if scenario in ("top", "middle") else scenario]
                    line = lines.get(scenario)
                    log = os.path.join(options.work, f"{editor.name}-{scenario}-{run}.log")
                    try:
                        sample = launch(x, editor, post, line, offsets.get(scenario, 0),
                                        typed if scenario in lines else None, log)
                    except RunError as error:
                        failures.append(str(error))
                        print("FAILED:", error, file=sys.stderr)
                        continue
                    sample.update(scenario=scenario, run=run)
                    samples.append(sample)
                    print(f"run {run + 1} {editor.name:12} {scenario:7} " +
                          " ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}"
                                   for k, v in sample.items() if k not in ("editor", "post", "scenario", "run")),
                          file=sys.stderr, flush=True)
    finally:
        os.killpg(xvfb.pid, signal.SIGTERM)
        xvfb.wait()

    report(options, samples, failures, lines)
    return 1 if failures else 0


METRICS = [  # (scenario, key, label, unit)
    ("empty", "shownMs", "launch to first paint, empty post", "ms"),
    ("empty", "settledMB", "settled memory, empty post", "MB"),
    ("1mb", "shownMs", "launch to first paint, 1 MB", "ms"),
    ("1mb", "typeableMs", "launch to typeable, 1 MB", "ms"),
    ("1mb", "settledMs", "launch to settled, 1 MB", "ms"),
    ("1mb", "settledMB", "settled memory, 1 MB", "MB"),
    ("10mb", "shownMs", "launch to first paint, 10 MB", "ms"),
    ("10mb", "typeableMs", "launch to typeable, 10 MB", "ms"),
    ("10mb", "settledMs", "launch to settled, 10 MB", "ms"),
    ("10mb", "peakMB", "peak memory, 10 MB", "MB"),
    ("10mb", "settledMB", "settled memory, 10 MB", "MB"),
    ("top", "cpuPerKeyMs", "main-thread CPU per key, top of 10 MB", "ms"),
    ("middle", "cpuPerKeyMs", "main-thread CPU per key, middle of 10 MB", "ms"),
    ("middle", "afterTypingMB", "memory after typing, 10 MB", "MB"),
]


def report(options, samples, failures, lines):
    editors = options.editors.split(",")
    table = []
    for scenario, key, label, unit in METRICS:
        row = {"metric": label, "unit": unit, "scenario": scenario, "key": key}
        for editor in editors:
            # The typing runs open the 10 MB post too: their launch figures count for it (caret at the top or the
            # middle, which is where a writer reopens a post).
            scenarios = ("10mb", "top", "middle") if scenario == "10mb" else (scenario,)
            values = [s[key] for s in samples if s["editor"] == editor and s["scenario"] in scenarios and key in s]
            row[editor] = median(values)
            row[editor + "Samples"] = values
        table.append(row)
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for text in f:
            if text.startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    meta = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{os.cpu_count()} cores, {cpu}", "loadAverage": load, "runs": options.runs,
            "keys": options.keys, "delayMs": options.delay, "geometry": options.geometry, "lines": lines,
            "kernel": platform.release()}
    others = [e for e in editors if e != "coinage"]
    header = f"{'measure (median of ' + str(options.runs) + ' runs)':46}" + "".join(f"{e:>12}" for e in editors)
    header += "".join(f"{'/' + e:>13}" for e in others if "coinage" in editors)
    print(f"{meta['date']}, {meta['machine']}, load average {load}")
    print(header)
    for row in table:
        line = f"{row['metric'] + ' (' + row['unit'] + ')':46}"
        for editor in editors:
            value = row[editor]
            line += f"{'-' if value is None else format(value, '.2f' if value < 10 else '.0f'):>12}"
        if "coinage" in editors:
            for other in others:
                a, b = row["coinage"], row[other]
                line += f"{'-' if not a or not b else format(a / b, '.2f') + 'x':>13}"
        print(line)
    for failure in failures:
        print("FAILED:", failure)
    if options.markdown:
        names = {"coinage": "Coinage", "kwrite": "kwrite", "ghostwriter": "ghostwriter"}
        with open(options.markdown, "w") as f:
            f.write("| measure (median of %d runs) | " % options.runs + " | ".join(names[e] for e in editors))
            if "coinage" in editors:
                f.write("".join(" | Coinage / " + names[o] for o in others))
            f.write(" |\n|---|" + "---:|" * (len(editors) + (len(others) if "coinage" in editors else 0)) + "\n")
            for row in table:
                cells = [f"{row['metric']} ({row['unit']})"]
                for editor in editors:
                    value = row[editor]
                    cells.append("-" if value is None else format(value, ".2f" if value < 10 else ".0f"))
                if "coinage" in editors:
                    for other in others:
                        a, b = row["coinage"], row[other]
                        cells.append("-" if not a or not b else format(a / b, ".2f") + "×")
                f.write("| " + " | ".join(cells) + " |\n")
    if options.json:
        with open(options.json, "w") as f:
            json.dump({"meta": meta, "table": table, "samples": samples, "failures": failures}, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
