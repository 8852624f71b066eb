# A text with a few stray NUL bytes: analysed (NUL is valid UTF-8 and separates words, as documented in the
# README's text pipeline), exit 0.
set(ARGS --format jsonl nul-in-text.txt)
set(EXPECT_RC 0)
set(VALIDATE lines)
set(STDOUT_MATCHES "\"words\":1[0-9],")
set(STDOUT_NOT_MATCHES "input\\.invalid-utf8" "input\\.empty")
