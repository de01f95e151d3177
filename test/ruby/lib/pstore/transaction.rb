# PStore: roots written in a read-write transaction, read back in read-only ones;
# abort/commit/raise, nested transactions, errors outside a transaction, the file's
# bytes (Marshal of the table) and mode, ultra_safe and a corrupted file.
require 'pstore'
require 'tmpdir'

def t(label)
  r = yield
  puts "#{label}: #{r.inspect}"
rescue Exception => e
  puts "#{label}: #{e.class}: #{e.message}"
end

Dir.mktmpdir do |dir|
  path = File.join(dir, "data.pstore")
  store = PStore.new(path)
  t(:read_only_missing) { store.transaction(true) { |s| s.roots } }
  t(:created) { File.exist?(path) }
  t(:write) { store.transaction { store[:a] = [1, "two", { three: 3.0 }]; store["b"] = 2; :value } }
  t(:mode) { (File.stat(path).mode & 0o777).to_s(8) == (0o666 & ~File.umask).to_s(8) }
  t(:read) { store.transaction(true) { [store[:a], store["b"], store[:zz], store.roots, store.root?(:a)] } }
  t(:path) { store.path == path }
  t(:fetch) { store.transaction(true) { store.fetch(:zz) } }
  t(:fetch_default) { store.transaction(true) { store.fetch(:zz, 9) } }
  t(:read_only_write) { store.transaction(true) { store[:c] = 1 } }
  t(:read_only_delete) { store.transaction(true) { store.delete(:a) } }
  t(:outside) { store[:a] }
  t(:outside_commit) { store.commit }
  t(:nested) { store.transaction { store.transaction { } } }
  t(:abort) { store.transaction { store[:a] = 0; store.abort; store[:x] = 1 }; store.transaction(true) { store[:a] } }
  t(:commit) { store.transaction { store[:c] = 3; store.commit; store[:d] = 4 }; store.transaction(true) { store.roots } }
  t(:raise) do
    begin
      store.transaction { store[:e] = 5; raise "boom" }
    rescue => e
      puts "rescued #{e.message}"
    end
    store.transaction(true) { store.roots }
  end
  t(:delete) { store.transaction { store.delete(:c) }; store.transaction(true) { store.roots } }
  t(:bytes) do
    table = store.transaction(true) { |s| s.roots.to_h { |k| [k, s[k]] } }
    File.binread(path) == Marshal.dump(table)
  end
  t(:ultra_safe) { s = PStore.new(path); s.ultra_safe = true; s.transaction { s[:u] = 1 }; s.transaction(true) { s[:u] } }
  t(:leftovers) { Dir.children(dir).sort }
  t(:thread_safe_nested) { s = PStore.new(path, true); s.transaction { s.transaction { } } }
  t(:threads) do
    s = PStore.new(path, true)
    s.transaction { s[:n] = 0 }
    4.times.map { Thread.new { 5.times { s.transaction { s[:n] += 1 } } } }.each(&:join)
    s.transaction(true) { s[:n] }
  end
  t(:no_dir) { PStore.new(File.join(dir, "nodir", "x")) rescue raise $!.class, $!.message.sub(dir, "DIR") }
  File.binwrite(path, Marshal.dump([1]))
  t(:corrupt) { PStore.new(path).transaction { } }
  t(:corrupt_read_only) { PStore.new(path).transaction(true) { } }
end
t(:constants) { [PStore::VERSION, PStore::Error.superclass] }
