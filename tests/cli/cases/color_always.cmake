# --color=always colours even into a pipe, and wins over NO_COLOR; --color=never and NO_COLOR do not colour.
string(ASCII 27 esc)
set(ARGS --color=always --rules cli-test-pack.toml pitches/zoe.txt)
set(STDOUT_MATCHES "${esc}\\[1;35mwarning:")
