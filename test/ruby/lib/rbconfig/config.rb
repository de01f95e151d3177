require 'rbconfig'
c = RbConfig::CONFIG
p c["ruby_version"], c["MAJOR"], c["MINOR"], c["EXEEXT"], c["DLEXT"], c["OBJEXT"], c["LIBEXT"]
p [c["MAJOR"], c["MINOR"], c["TEENY"]].join(".") == RUBY_VERSION
p c["host_os"] =~ /linux/ ? :linux : c["host_os"]
p c["host_cpu"] == c["target_cpu"], c["PATCHLEVEL"] == RUBY_PATCHLEVEL.to_s
p RbConfig.ruby == File.join(c["bindir"], c["ruby_install_name"] + c["EXEEXT"])
p File.executable?(RbConfig.ruby), File.directory?(c["bindir"])
%w[prefix exec_prefix bindir libdir rubylibdir archdir sitedir sitelibdir sitearchdir vendordir datadir sysconfdir mandir includedir rubyhdrdir].each do |k|
  p [k, c[k].is_a?(String), c[k].start_with?("/"), c[k].include?("$(")]
end
p c["rubylibdir"].end_with?(c["ruby_version"])
p c["RUBY_API_VERSION"], c["RUBY_BASE_NAME"], c["SHELL"], c["PATH_SEPARATOR"]
p RbConfig::MAKEFILE_CONFIG["exec_prefix"], RbConfig::MAKEFILE_CONFIG["bindir"].is_a?(String)
p RbConfig.expand(+"$(MAJOR).$(MINOR) ${ruby_version} $(nope)")
p RbConfig.expand(+"$(a)-$(b)", "a" => "1$(b)", "b" => "2")
p RbConfig.constants.sort, c.frozen?, c.keys.all?(String), c.values.all?(String)
p RbConfig::DESTDIR, RbConfig::TOPDIR.is_a?(String)
