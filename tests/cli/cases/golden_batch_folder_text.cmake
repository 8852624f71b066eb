# A folder in batch: a line per pitch in file-name order, then the group summary.
set(ARGS batch --color never -j 2 --rules cli-test-pack.toml pitches)
set(STDOUT_GOLDEN batch-folder.txt)
set(STDOUT_MATCHES "Group: 3 pitches, 3 scored" "kenji\\.txt[^\n]*\n[^\n]*maya\\.txt[^\n]*\n[^\n]*zoe\\.txt")
