# A line wider than 100 columns is shown as a window around the span, cut ends marked "...", and the
# caret still lands under the span.
set(ARGS --color never --rules cli-test-pack.toml long-line.txt)
set(STDOUT_MATCHES
    "long-line\\.txt:1:197: warning: [^\n]*\n\\.\\.\\.[^\n]*any business really[^\n]*\\.\\.\\.\n                                  \\^~~~~~~~~~~~~~~~~~~\n")
