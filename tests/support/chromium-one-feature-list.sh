#!/bin/sh
# Starts the browser at $SIM_CHROMIUM with every --disable-features=… list it is given joined into one:
# Chromium reads only the last one, so a list the tests add would otherwise replace Playwright's own.
features=""
for arg do
  shift
  case "$arg" in
    --disable-features=*) features="${features:+$features,}${arg#--disable-features=}" ;;
    *) set -- "$@" "$arg" ;;
  esac
done
exec "${SIM_CHROMIUM:?}" "$@" ${features:+"--disable-features=$features"}
