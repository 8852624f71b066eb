# Text diagnostics and summaries, colour off. "paying clients" (flagged by the built-in rules) follows
# multi-byte characters; "any business really" (flagged by the test pack) follows a tab, wide CJK and emoji
# characters, a combining accent and an emoji ZWJ sequence: the caret must sit under each.
set(ARGS --color never --rules cli-test-pack.toml pitches/zoe.txt pitches/kenji.txt pitches/maya.txt)
set(STDOUT_GOLDEN check.txt)
set(STDOUT_MATCHES
    "pitches/zoe\\.txt:1:47: warning: [^\n]*\n[^\n]*\n                                              \\^~~~~~~~~~~~~~\n"
    "pitches/kenji\\.txt:2:37: warning: [^\n]*\n\t[^\n]*\n\t                                  \\^~~~~~~~~~~~~~~~~~~\n")
