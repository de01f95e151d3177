# IPAddr: parsing IPv4/IPv6 (prefixes, netmasks, zone ids, embedded IPv4) and its errors,
# the text forms, include?/ranges, bit operations, comparisons, predicates, mapping.
require 'ipaddr'
def t(label)
  r = yield
  puts "#{label}: #{r.inspect}"
rescue Exception => e
  puts "#{label}: #{e.class}: #{e.message}"
end
["192.168.1.10", "192.168.1.0/24", "10.0.0.1/255.255.0.0", "::1", "::", "fe80::1%eth0", "[::1]", "2001:db8::8:800:200c:417a", "2001:0db8:0000:0000:0000:0000:1428:57ab/64", "::ffff:192.168.1.1", "::192.168.1.1", "1:0:0:2:0:0:0:3", "1:0:0:0:2:0:0:3", "0:0:1:0:0:1:0:0", "1.2.3.256", "01.2.3.4", "x", "1::2::3", "1.2.3.4/33", "1.2.3.4/08", "::1/129", "1.2.3.4/255.0.255.0", "1.2.3.4/::", "1:2:3:4:5:6:7:8:9", "1.2.3", "a:b:c:d:e:f:1.2.3.4", "::1.2.3.4/120", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6::8"].each do |s|
  t(s) { a = IPAddr.new(s); [a, a.to_s, a.to_string, a.prefix, a.netmask, a.to_i, a.family, a.hton.bytes, a.reverse, a.hash.class] }
end
n = IPAddr.new("192.168.1.0/24")
t(:include) { [n.include?("192.168.1.77"), n.include?(IPAddr.new("192.168.2.1")), n === "192.168.1.1", n.include?("::1"), n.include?(IPAddr.new("192.168.1.0/25")), n.include?(IPAddr.new("192.168.0.0/16"))] }
t(:range) { r = n.to_range; [r.begin.to_s, r.end.to_s, IPAddr.new("10.0.0.0/30").to_range.map(&:to_s)] }
t(:ops) { a = IPAddr.new("192.168.1.77"); [(a & "255.255.0.0").to_s, (a | 0xff).to_s, (a >> 8).to_s, (a << 8).to_s, (~a).to_s, a.succ.to_s, a.mask(16).to_s, a.mask("255.255.255.0").inspect] }
t(:cmp) { [IPAddr.new("1.2.3.4") == "1.2.3.4", IPAddr.new("1.2.3.4") == "::1", IPAddr.new("1.2.3.4") <=> IPAddr.new("1.2.3.5"), IPAddr.new("1.2.3.4") <=> IPAddr.new("::1"), IPAddr.new("1.2.3.4") == "garbage", IPAddr.new("1.2.3.4").eql?(IPAddr.new("1.2.3.4")), [IPAddr.new("3.0.0.0"), IPAddr.new("1.0.0.0")].sort.map(&:to_s), IPAddr.new("1.2.3.4").between?(IPAddr.new("1.0.0.0"), IPAddr.new("2.0.0.0"))] }
t(:preds) { %w[127.0.0.1 10.1.1.1 172.16.5.4 192.168.0.1 169.254.1.1 8.8.8.8 ::1 fc00::1 fe80::1 2001::1].map { |s| a = IPAddr.new(s); [s, a.loopback?, a.private?, a.link_local?, a.ipv4?, a.ipv6?] } }
t(:mapped) { a = IPAddr.new("192.168.1.1"); m = a.ipv4_mapped; [m.to_s, m.inspect, m.ipv4_mapped?, m.native.to_s, a.ipv4_compat.to_s, IPAddr.new("::192.168.1.1").native.to_s, IPAddr.new("::1").native.to_s] }
t(:arpa) { [IPAddr.new("::1").ip6_arpa, IPAddr.new("::1").ip6_int, (IPAddr.new("1.2.3.4").ip6_arpa rescue $!.message)] }
t(:zone) { a = IPAddr.new("fe80::1%eth0"); [a.zone_id, a.to_s, (a.zone_id = "%lo"), a.to_s, (a.zone_id = "bad" rescue $!.message), (IPAddr.new("1.2.3.4").zone_id rescue $!.message)] }
t(:ntop) { [IPAddr.ntop("\x01\x02\x03\x04".b), IPAddr.ntop(("\x00" * 15 + "\x01").b), (IPAddr.ntop("abc") rescue $!.message)] }
t(:new_ntoh) { IPAddr.new_ntoh("\x0a\x00\x00\x01".b) }
t(:int) { [IPAddr.new(3232235777, Socket::AF_INET).to_s, IPAddr.new(1, Socket::AF_INET6).to_s, (IPAddr.new(5) rescue $!), (IPAddr.new(5, 99) rescue $!), (IPAddr.new(2**33, Socket::AF_INET) rescue $!)] }
t(:mismatch) { IPAddr.new("1.2.3.4", Socket::AF_INET6) }
t(:prefix=) { a = IPAddr.new("10.1.2.3"); a.prefix = 8; [a.to_s, a.prefix, (a.prefix = "8" rescue $!)] }
t(:default) { IPAddr.new.inspect }
t(:errors) { [IPAddr::Error.superclass, IPAddr::InvalidPrefixError.superclass, IPAddr::VERSION] }
t(:hash_key) { {IPAddr.new("1.2.3.4") => 1}[IPAddr.new("1.2.3.4")] }
t(:to_s_v6) { %w[1:0:0:0:0:0:0:0 0:0:0:0:0:0:0:1 1:2:0:0:3:0:0:4 0:0:0:0:0:ffff:102:304 0:0:0:0:0:0:102:304 1:0:0:0:0:0:0:1 2001:db8:0:0:1:0:0:1].map { IPAddr.new(_1).to_s } }
