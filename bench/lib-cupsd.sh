# Sourced by bench scripts: a private cupsd (its own ServerRoot, spool and logs under $1) on a free loopback port,
# with one queue "bench-a4" whose backend (bench-a4-sink, written here) takes each job's data and counts it (bytes and
# whether it starts with %PDF) in $1/sink.log, then discards it. The real cups driver talks IPP to it as to a kiosk's
# CUPS. Needs cupsd (Debian cups-daemon) and lpadmin (cups-client). Stop it with bench_cupsd_stop.
bench_cupsd_start() {
  local root=$1
  rm -rf "$root"; mkdir -p "$root"/{etc,spool/tmp,cache,state,log,bin/backend}
  chmod 1777 "$root/spool/tmp"
  CUPSD_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  cat > "$root/etc/cupsd.conf" <<CONF
LogLevel warn
Listen 127.0.0.1:$CUPSD_PORT
Browsing No
DefaultAuthType None
WebInterface No
IdleExitTimeout 0
MaxJobs 0
PreserveJobFiles No
<Location />
  Order allow,deny
  Allow all
</Location>
CONF
  cat > "$root/etc/cups-files.conf" <<CONF
ServerRoot $root/etc
RequestRoot $root/spool
TempDir $root/spool/tmp
CacheDir $root/cache
StateDir $root/state
ErrorLog $root/log/error_log
AccessLog $root/log/access_log
PageLog $root/log/page_log
ServerBin $root/bin
User lp
Group lp
CONF
  for entry in /usr/lib/cups/*; do
    [ "$(basename "$entry")" = backend ] || ln -s "$entry" "$root/bin/$(basename "$entry")"
  done
  cat > "$root/bin/backend/bench-a4-sink" <<SINK
#!/bin/sh
# CUPS backend: no arguments = discovery; otherwise job-id user title copies options [file]
[ \$# -eq 0 ] && { echo 'direct bench-a4-sink "Unknown" "bench A4 sink"'; exit 0; }
if [ -n "\$6" ]; then f="\$6"; else f=-; fi
head=\$(head -c 4 "\$f" 2>/dev/null)
bytes=\$(cat "\$f" | wc -c)
echo "job \$1 bytes \$bytes head \$head" >> "$root/sink.log"
exit 0
SINK
  chmod 755 "$root/bin/backend/bench-a4-sink"
  touch "$root/sink.log"; chmod 666 "$root/sink.log"
  /usr/sbin/cupsd -f -c "$root/etc/cupsd.conf" -s "$root/etc/cups-files.conf" > "$root/log/cupsd.out" 2>&1 &
  CUPSD_PID=$!
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$CUPSD_PORT") 2>/dev/null && break; sleep 0.1; done
  /usr/sbin/lpadmin -h "127.0.0.1:$CUPSD_PORT" -p bench-a4 -E -v bench-a4-sink:/ -m raw 2>&1 \
      | grep -v -i deprecat || true
}

bench_cupsd_stop() {
  [ -n "${CUPSD_PID:-}" ] && kill "$CUPSD_PID" 2>/dev/null && wait "$CUPSD_PID" 2>/dev/null || true
}
