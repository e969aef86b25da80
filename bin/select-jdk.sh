# Sourced by ./run and .ci/run: makes JAVA_HOME point at a JDK 21 or newer, or stops with a clear message.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
fw_jdk_ok() {
  [ -n "${1:-}" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(java_major "$1")" -ge 21 ] 2>/dev/null
}
if ! fw_jdk_ok "${JAVA_HOME:-}"; then
  candidate=""
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  if ! fw_jdk_ok "$candidate"; then
    candidate=""
    for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
      if fw_jdk_ok "$dir"; then
        if [ -z "$candidate" ] || [ "$(java_major "$dir")" -gt "$(java_major "$candidate")" ]; then
          candidate="$dir"
        fi
      fi
    done
  fi
  if [ -z "$candidate" ]; then
    echo "Frontier Watch needs a JDK 21 or newer; none was found (JAVA_HOME, PATH, /usr/lib/jvm)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+) and set JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME="$candidate"
fi
export PATH="$JAVA_HOME/bin:$PATH"
