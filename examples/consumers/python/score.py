#!/usr/bin/env python3
"""Scores one pitch file through pitchclarity's C API with ctypes (standard library only).

    python3 score.py [--lib /prefix/lib/libpitchclarity.so.0.1] pitch.txt

Prints "SCORE BAND", then each finding as "RULE START-END" (or "RULE -" for a finding about the whole
pitch). Without --lib it loads $PITCHCLARITY_LIB, else whatever the system's loader finds.
"""
import argparse
import ctypes
import ctypes.util
import os
import sys


class Finding(ctypes.Structure):
    """struct pc_finding from pitchclarity.h (0.1)."""
    _fields_ = [
        ("rule", ctypes.c_char_p),
        ("category", ctypes.c_char_p),
        ("severity", ctypes.c_int),
        ("message", ctypes.c_char_p),
        ("suggestion", ctypes.c_char_p),
        ("has_span", ctypes.c_int),
        ("start", ctypes.c_uint32),
        ("end", ctypes.c_uint32),
        ("line", ctypes.c_uint32),
        ("column", ctypes.c_uint32),
        ("text", ctypes.c_void_p),  # bytes that may hold NULs: read with text_length
        ("text_length", ctypes.c_size_t),
    ]


def load(path):
    """Loads the library and declares the signatures this script uses."""
    lib = ctypes.CDLL(path)
    handle, status = ctypes.c_void_p, ctypes.c_int
    signatures = {
        "pc_version": ([], ctypes.c_char_p),
        "pc_last_error_message": ([], ctypes.c_char_p),
        "pc_analyzer_create": ([handle, ctypes.POINTER(handle)], status),
        "pc_analyzer_free": ([handle], None),
        "pc_analyze": ([handle, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.POINTER(handle)], status),
        "pc_report_free": ([handle], None),
        "pc_report_score": ([handle], ctypes.c_int),
        "pc_report_band": ([handle], ctypes.c_char_p),
        "pc_report_finding_count": ([handle], ctypes.c_size_t),
        "pc_report_finding": ([handle, ctypes.c_size_t, ctypes.POINTER(Finding)], status),
    }
    for name, (argtypes, restype) in signatures.items():
        function = getattr(lib, name)
        function.argtypes, function.restype = argtypes, restype
    # The struct layout above is 0.1's; another minor version may differ.
    version = lib.pc_version().decode()
    if not version.startswith("0.1."):
        raise OSError(f"{path} is pitchclarity {version}; this script speaks the 0.1 API")
    return lib


def check(lib, status):
    if status != 0:
        raise RuntimeError(lib.pc_last_error_message().decode("utf-8", "replace"))


def score(lib, text):
    """Returns (score, band, [(rule, start, end) or (rule, None, None)]) for the bytes `text`."""
    analyzer, report = ctypes.c_void_p(), ctypes.c_void_p()
    check(lib, lib.pc_analyzer_create(None, ctypes.byref(analyzer)))
    try:
        check(lib, lib.pc_analyze(analyzer, text, len(text), None, ctypes.byref(report)))
        findings = []
        for i in range(lib.pc_report_finding_count(report)):
            f = Finding()
            check(lib, lib.pc_report_finding(report, i, ctypes.byref(f)))
            span = (f.start, f.end) if f.has_span else (None, None)
            findings.append((f.rule.decode(), *span))
        return lib.pc_report_score(report), lib.pc_report_band(report).decode(), findings
    finally:
        lib.pc_report_free(report)
        lib.pc_analyzer_free(analyzer)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lib", default=os.environ.get("PITCHCLARITY_LIB") or ctypes.util.find_library("pitchclarity"))
    parser.add_argument("file")
    args = parser.parse_args()
    if not args.lib:
        sys.exit("score.py: libpitchclarity not found; pass --lib or set PITCHCLARITY_LIB")
    with open(args.file, "rb") as f:
        text = f.read()
    value, band, findings = score(load(args.lib), text)
    print(value, band)
    for rule, start, end in findings:
        print(rule, "-" if start is None else f"{start}-{end}")


if __name__ == "__main__":
    main()
