# zsh -f zsh-complete.zsh FPATH_DIR OUT "LINE": types LINE and Tab into an interactive zsh on a pseudo-terminal
# (zpty), with compinit loading _drainhunt from FPATH_DIR, and writes every word offered to OUT, one a line.
# The words are caught by wrapping compadd; OUT.done says the completion finished.
zmodload zsh/zpty || exit 2
zpty z zsh -f -i
zpty -w z "fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "compadd() { builtin compadd -O __m \"\$@\"; print -rl -- \$__m >> $2; builtin compadd \"\$@\"; }"
zpty -w z "zstyle ':completion:*' menu no; bindkey '^I' complete-word"
# Typed ahead before zle reads the terminal raw, the Tab would go to the tty's line discipline, not to zle.
zpty -w z "zle-line-init() { : > $2.ready }; zle -N zle-line-init"
for i in {1..600}; do [[ -e $2.ready ]] && break; sleep 0.1; done
zpty -w -n z "$3"$'\t'$'\C-u'"print done > $2.done"$'\n'
for i in {1..600}; do [[ -e $2.done ]] && break; sleep 0.1; done
zpty -d z
[[ -e $2.done ]]
