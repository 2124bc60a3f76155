# bash completion for docket (installed to share/bash-completion/completions).
_docket() {
  local cur prev words cword
  _init_completion 2>/dev/null || {
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
  }
  local command=${COMP_WORDS[1]}
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "extract check schema --help --version -V" -- "$cur"))
    return
  fi
  case $prev in
    -f|--format)
      if [[ $command == check ]]; then
        COMPREPLY=($(compgen -W "text json csv html" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "json ndjson csv tsv" -- "$cur"))
      fi
      return ;;
    --kind) COMPREPLY=($(compgen -W "auto action-plan decision-record project-plan" -- "$cur")); return ;;
    --as-of) COMPREPLY=($(compgen -W "today" -- "$cur")); return ;;
    --output-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -j|--jobs|--glob|--fields) return ;;
  esac
  if [[ $cur == -* ]]; then
    case $command in
      extract) COMPREPLY=($(compgen -W "-f --format -o --output --output-dir -j --jobs --kind --glob --files-from -0 --null --array --fields --stats --fail-fast -q --quiet -h --help" -- "$cur")) ;;
      check) COMPREPLY=($(compgen -W "-f --format -o --output --as-of -h --help" -- "$cur")) ;;
    esac
    return
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _docket docket
