# Shared by scripts/in-env, scripts/coinage and scripts/test. Sourced, not run.
#
# Two kinds of build environment:
#   host  - the host has Qt >= 6.5 and KF6 SyntaxHighlighting (Debian 13+, Ubuntu 25.04+, ...): use it directly,
#           installing missing packages with apt where apt exists.
#   root  - Debian 12 and other hosts without them: a Debian 13 root made with debootstrap in a cache folder outside
#           the checkout, entered with unshare --mount + bind mounts + chroot, so that the checkout, ../shared and
#           /tmp have the same paths inside as outside.
# COINAGE_ENV=host|root forces one. COINAGE_CACHE moves the cache folder (default ~/.cache/coinage).

set -euo pipefail

COINAGE_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
COINAGE_SHARED=$(cd "$COINAGE_TOP/.." && pwd -P)/shared
COINAGE_CACHE=${COINAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/coinage}
COINAGE_ROOT=$COINAGE_CACHE/trixie-root
COINAGE_SUITE=trixie
COINAGE_PACKAGES_FILE=$COINAGE_TOP/scripts/packages.txt

coinage_say() { printf 'coinage: %s\n' "$*" >&2; }
coinage_die() { printf 'coinage: error: %s\n' "$*" >&2; exit 1; }

coinage_packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$COINAGE_PACKAGES_FILE" | tr -s ' \t' '\n\n' | sed '/^$/d'; }

# The mirror this host already uses for Debian, read from its own apt sources (never written into the repo).
coinage_mirror() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' \
      /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^(https?|ftp|file):/) { print $i; exit } }' \
      /etc/apt/sources.list)
  fi
  if [ -z "$uri" ]; then
    uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ && /debian/ && !/security/ { print $2; exit }')
  fi
  [ -n "$uri" ] || coinage_die "cannot find a Debian mirror in /etc/apt/sources.list or /etc/apt/sources.list.d/debian.sources"
  printf '%s\n' "$uri"
}

# Does this host have what Coinage needs (Qt >= 6.5, KF6 SyntaxHighlighting) or can it get it with apt?
coinage_host_kind() {
  if [ -n "${COINAGE_ENV:-}" ]; then printf '%s\n' "$COINAGE_ENV"; return; fi
  local id="" version=""
  if [ -r /etc/os-release ]; then
    id=$(. /etc/os-release; printf '%s' "${ID:-}")
    version=$(. /etc/os-release; printf '%s' "${VERSION_ID:-}")
  fi
  case "$id" in
    debian)
      # Debian 13 and later, and testing/sid (no VERSION_ID), have Qt >= 6.5 and KF6.
      if [ -z "$version" ] || [ "${version%%.*}" -ge 13 ]; then echo host; else echo root; fi ;;
    ubuntu)
      local major=${version%%.*} minor=${version#*.}
      if [ "$major" -gt 25 ] || { [ "$major" -eq 25 ] && [ "${minor:-0}" -ge 4 ]; }; then echo host; else echo root; fi ;;
    *)
      if command -v debootstrap >/dev/null 2>&1 && ! coinage_host_has_packages; then echo root; else echo host; fi ;;
  esac
}

coinage_host_has_packages() {
  local dir
  for dir in /usr/lib/*/cmake /usr/lib/cmake /usr/lib64/cmake /usr/local/lib/cmake /usr/share/cmake; do
    if [ -d "$dir/KF6SyntaxHighlighting" ] && [ -d "$dir/Qt6Widgets" ]; then return 0; fi
  done
  return 1
}

coinage_run_locked() {
  mkdir -p "$COINAGE_CACHE"
  (
    flock 9
    "$@"
  ) 9>"$COINAGE_CACHE/setup.lock"
}

# ---- host mode ------------------------------------------------------------------------------------------------

coinage_setup_host() {
  if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    local missing=() p
    while read -r p; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done < <(coinage_packages)
    if [ ${#missing[@]} -gt 0 ]; then
      coinage_say "installing ${missing[*]}"
      local sudo=""
      [ "$(id -u)" -eq 0 ] || sudo=sudo
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    fi
  elif ! coinage_host_has_packages; then
    coinage_die "this system has no apt. Install, with its package manager: a C++20 compiler, CMake >= 3.21, Ninja,
  Qt >= 6.5 (Core, Gui, Widgets, Network, Concurrent, Test, Svg, LinguistTools), KF6 SyntaxHighlighting, cmark-gfm
  with its extensions, yaml-cpp, Xvfb, and Jekyll with jekyll-feed (for the tests). The Debian names are in
  scripts/packages.txt."
  fi
}

# ---- root mode ------------------------------------------------------------------------------------------------

coinage_root_stamp() { sha256sum "$COINAGE_PACKAGES_FILE" | cut -d' ' -f1; }

coinage_setup_root_locked() {
  # One marker per package list that was installed: switching between checkouts with other lists stays quick.
  local stamp
  stamp="$COINAGE_ROOT/.coinage-packages.d/$(coinage_root_stamp)"
  [ -f "$stamp" ] && return 0
  [ "$(id -u)" -eq 0 ] || coinage_die "making the Debian 13 build root needs root (debootstrap, chroot): run with sudo"
  command -v unshare >/dev/null 2>&1 || coinage_die "unshare (util-linux) is missing"
  if ! command -v debootstrap >/dev/null 2>&1 || [ ! -e /usr/share/debootstrap/scripts/$COINAGE_SUITE ]; then
    coinage_say "installing debootstrap on the host"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2
  fi
  local mirror
  mirror=$(coinage_mirror)
  if [ ! -x "$COINAGE_ROOT/usr/bin/apt-get" ] || [ ! -f "$COINAGE_ROOT/.coinage-debootstrap" ]; then
    coinage_say "making the Debian 13 build root in $COINAGE_ROOT from $mirror (about two minutes, once)"
    rm -rf "$COINAGE_ROOT"
    mkdir -p "$COINAGE_ROOT"
    local keyring=()
    [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] && keyring=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
    debootstrap --variant=minbase "${keyring[@]}" "$COINAGE_SUITE" "$COINAGE_ROOT" "$mirror" >"$COINAGE_CACHE/debootstrap.log" 2>&1 ||
      coinage_die "debootstrap failed; its log: $COINAGE_CACHE/debootstrap.log"
    printf 'deb %s %s main\n' "$mirror" "$COINAGE_SUITE" >"$COINAGE_ROOT/etc/apt/sources.list"
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$COINAGE_ROOT/etc/apt/apt.conf.d/90coinage"
    touch "$COINAGE_ROOT/.coinage-debootstrap"
  fi
  coinage_say "installing packages into the build root (scripts/packages.txt)"
  cp -L /etc/resolv.conf "$COINAGE_ROOT/etc/resolv.conf" 2>/dev/null || true
  # shellcheck disable=SC2046
  COINAGE_ROOT_NOLOCK=1 coinage_enter_root /bin/sh -c \
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"' sh $(coinage_packages) \
    >"$COINAGE_CACHE/apt.log" 2>&1 || coinage_die "installing packages in the build root failed; its log: $COINAGE_CACHE/apt.log"
  mkdir -p "$(dirname "$stamp")" && touch "$stamp"
  coinage_say "build root ready"
}

# Runs "$@" inside the root with the checkout, ../shared, /tmp, the X socket and XAUTHORITY at their host paths.
coinage_enter_root() {
  local cwd=$PWD
  local xauth=${XAUTHORITY:-}
  # shellcheck disable=SC2016
  unshare --mount --propagation private --fork -- /bin/bash -c '
    set -e
    root=$1 top=$2 shared=$3 cwd=$4 xauth=$5; shift 5
    bindto() { # SRC: bind SRC to the same path inside the root
      if [ -d "$1" ]; then mkdir -p "$root$1"; else mkdir -p "$(dirname "$root$1")"; touch "$root$1"; fi
      mount --rbind "$1" "$root$1"
    }
    mount --rbind /dev "$root/dev"
    mount --rbind /proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mkdir -p "$root/tmp" && mount --rbind /tmp "$root/tmp"
    bindto "$top"
    [ -d "$shared" ] && bindto "$shared"
    case "$xauth" in ""|/tmp/*|"$top"/*) ;; *) [ -f "$xauth" ] && bindto "$xauth" ;; esac
    # The working folder and the folders of file arguments, when outside the above, appear at the same paths too,
    # so that `scripts/coinage check ~/blog/_posts/post.md` works unchanged.
    under_bound() {
      case "$1" in "$top"|"$top"/*|"$shared"|"$shared"/*|/tmp|/tmp/*) return 0 ;; esac
      case "$1" in /|/usr|/usr/*|/etc|/etc/*|/bin|/bin/*|/sbin|/sbin/*|/lib*|/proc*|/sys*|/dev*|/var|/var/*|/run*|/boot*) return 0 ;; esac
      return 1
    }
    for arg in "$cwd" "$@"; do
      case "$arg" in -*) continue ;; esac
      [ -e "$arg" ] || continue
      path=$(cd "$cwd" 2>/dev/null && realpath -m -- "$arg") || continue
      [ -d "$path" ] || path=$(dirname "$path")
      if ! under_bound "$path" && ! mountpoint -q "$root$path" 2>/dev/null; then bindto "$path"; fi
    done
    mkdir -p "$root/run/user/0" && chmod 700 "$root/run/user/0"
    [ -d "$root$cwd" ] || cwd=$top
    exec chroot "$root" /usr/bin/env -i \
      HOME=/root PATH=/usr/lib/ccache:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 TERM="${TERM:-dumb}" \
      CCACHE_DIR=/root/.ccache CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true COINAGE_ENV_KIND=root \
      ${DISPLAY:+DISPLAY="$DISPLAY"} ${xauth:+XAUTHORITY="$xauth"} ${CI:+CI="$CI"} \
      ${QT_QPA_PLATFORM:+QT_QPA_PLATFORM="$QT_QPA_PLATFORM"} ${CTEST_ARGS:+CTEST_ARGS="$CTEST_ARGS"} \
      ${COINAGE_BUILD_TYPE:+COINAGE_BUILD_TYPE="$COINAGE_BUILD_TYPE"} \
      /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$cwd" "$@"
  ' coinage-root "$COINAGE_ROOT" "$COINAGE_TOP" "$COINAGE_SHARED" "$cwd" "$xauth" "$@"
}

# ---- entry points ---------------------------------------------------------------------------------------------

coinage_setup() {
  case "$(coinage_host_kind)" in
    root) coinage_run_locked coinage_setup_root_locked ;;
    host) coinage_run_locked coinage_setup_host ;;
    *) coinage_die "COINAGE_ENV must be host or root" ;;
  esac
}

coinage_in_env() {
  coinage_setup
  case "$(coinage_host_kind)" in
    root) coinage_enter_root "$@" ;;
    host) COINAGE_ENV_KIND=host "$@" ;;
  esac
}
