def log(msg) = puts(msg)
def a
  log "a start"
  b
  log "a never"
ensure
  log "a ensure"
end
def b
  log "b start"
  raise "from b"
ensure
  log "b ensure"
end
begin
  a
rescue => e
  log "rescued: #{e.message}"
end
def loop_ensure
  [1, 2, 3].each do |i|
    begin
      next if i == 1
      break if i == 3
      log "body #{i}"
    ensure
      log "ensure #{i}"
    end
  end
  log "after loop"
end
loop_ensure
def ens_value
  1
ensure
  2
end
p ens_value
def ensure_overrides
  return :body
ensure
  return :ensure
end
p ensure_overrides
def swallowed
  raise "lost"
ensure
  return :swallowed
end
p swallowed
begin
  begin
    raise "first"
  ensure
    log "inner ensure sees #{$!&.message.inspect}"
  end
rescue => e
  log "outer #{e.message}"
end
