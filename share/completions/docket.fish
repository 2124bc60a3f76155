# fish completion for docket (installed to share/fish/vendor_completions.d).
set -l commands extract check schema
complete -c docket -f
complete -c docket -n "not __fish_seen_subcommand_from $commands" -a extract -d 'Extract the plan of each paper'
complete -c docket -n "not __fish_seen_subcommand_from $commands" -a check -d 'Check resolutions against a plan'
complete -c docket -n "not __fish_seen_subcommand_from $commands" -a schema -d 'Print the JSON Schema of the output'
complete -c docket -n "not __fish_seen_subcommand_from $commands" -s V -l version -d 'Show the version'
complete -c docket -s h -l help -d 'Show help'
complete -c docket -n "__fish_seen_subcommand_from extract" -F
complete -c docket -n "__fish_seen_subcommand_from extract" -s f -l format -x -a 'json ndjson csv tsv' -d 'Output format'
complete -c docket -n "__fish_seen_subcommand_from extract" -s o -l output -r -d 'Write to FILE'
complete -c docket -n "__fish_seen_subcommand_from extract" -l output-dir -x -a '(__fish_complete_directories)' -d 'One output per input under DIR'
complete -c docket -n "__fish_seen_subcommand_from extract" -s j -l jobs -x -d 'Parse N inputs in parallel'
complete -c docket -n "__fish_seen_subcommand_from extract" -l kind -x -a 'auto action-plan decision-record project-plan' -d 'Document kind'
complete -c docket -n "__fish_seen_subcommand_from extract" -l glob -x -d 'File-name pattern for directory walks'
complete -c docket -n "__fish_seen_subcommand_from extract" -l files-from -r -d 'Read input paths from FILE'
complete -c docket -n "__fish_seen_subcommand_from extract" -s 0 -l null -d 'NUL-separated --files-from'
complete -c docket -n "__fish_seen_subcommand_from extract" -l array -d 'JSON: always an array'
complete -c docket -n "__fish_seen_subcommand_from extract" -l fields -x -d 'CSV/TSV columns'
complete -c docket -n "__fish_seen_subcommand_from extract" -l stats -d 'Totals and MB/s to stderr'
complete -c docket -n "__fish_seen_subcommand_from extract" -l fail-fast -d 'Stop at the first bad input'
complete -c docket -n "__fish_seen_subcommand_from extract" -s q -l quiet -d 'No warnings, no progress'
complete -c docket -n "__fish_seen_subcommand_from check" -F
complete -c docket -n "__fish_seen_subcommand_from check" -s f -l format -x -a 'text json csv html' -d 'Output format'
complete -c docket -n "__fish_seen_subcommand_from check" -s o -l output -r -d 'Write to FILE'
complete -c docket -n "__fish_seen_subcommand_from check" -l as-of -x -a 'today' -d 'Overdue as of this day'
