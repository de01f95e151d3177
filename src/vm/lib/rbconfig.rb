# rbconfig: RbConfig::CONFIG, the build configuration scripts read (ruby_version,
# host_os, bindir, ruby_install_name, EXEEXT, MAJOR/MINOR/TEENY, the install folders),
# MAKEFILE_CONFIG (the same values with $(var) references left in) and RbConfig.ruby,
# RbConfig.expand. maglev has no install tree: bindir is the running binary's folder and
# the library folders are where CRuby 3.1 would keep them under its prefix.
module RbConfig
  exe = File.realpath("/proc/self/exe") rescue "/usr/local/bin/maglev-ruby"
  TOPDIR = File.dirname(File.dirname(exe))
  DESTDIR = ""

  cpu, os = RUBY_PLATFORM.split("-", 2)
  host_os = os == "linux" ? "linux-gnu" : os
  major, minor, teeny = RUBY_VERSION.split(".")
  ruby_version = "#{major}.#{minor}.0"

  MAKEFILE_CONFIG = {
    "DESTDIR" => "",
    "MAJOR" => major, "MINOR" => minor, "TEENY" => teeny,
    "PATCHLEVEL" => RUBY_PATCHLEVEL.to_s,
    "ruby_version" => ruby_version,
    "RUBY_PROGRAM_VERSION" => RUBY_VERSION,
    "RUBY_API_VERSION" => "$(MAJOR).$(MINOR)",
    "RUBY_BASE_NAME" => "ruby",
    "RUBY_INSTALL_NAME" => File.basename(exe),
    "ruby_install_name" => "$(RUBY_INSTALL_NAME)",
    "RUBY_SO_NAME" => "ruby",
    "RUBYW_INSTALL_NAME" => "",
    "rubyw_install_name" => "",
    "prefix" => TOPDIR,
    "exec_prefix" => "$(prefix)",
    "bindir" => File.dirname(exe),
    "sbindir" => "$(exec_prefix)/sbin",
    "libexecdir" => "$(exec_prefix)/libexec",
    "datarootdir" => "$(prefix)/share",
    "datadir" => "$(datarootdir)",
    "sysconfdir" => "/etc",
    "localstatedir" => "/var",
    "includedir" => "$(prefix)/include",
    "docdir" => "$(datarootdir)/doc/$(RUBY_BASE_NAME)",
    "mandir" => "$(datarootdir)/man",
    "libdir" => "$(exec_prefix)/lib",
    "rubylibprefix" => "$(libdir)/$(RUBY_BASE_NAME)",
    "rubylibdir" => "$(rubylibprefix)/$(ruby_version)",
    "rubyarchdir" => "$(rubylibdir)/$(arch)",
    "archdir" => "$(rubyarchdir)",
    "sitedir" => "$(rubylibprefix)/site_ruby",
    "sitelibdir" => "$(sitedir)/$(ruby_version)",
    "sitearchdir" => "$(sitelibdir)/$(sitearch)",
    "vendordir" => "$(rubylibprefix)/vendor_ruby",
    "vendorlibdir" => "$(vendordir)/$(ruby_version)",
    "vendorarchdir" => "$(vendorlibdir)/$(sitearch)",
    "rubyhdrdir" => "$(includedir)/$(RUBY_VERSION_NAME)",
    "RUBY_VERSION_NAME" => "$(RUBY_BASE_NAME)-$(ruby_version)",
    "topdir" => File.dirname(exe),
    "arch" => "#{cpu}-#{os}",
    "sitearch" => "$(arch)",
    "host_cpu" => cpu, "host_vendor" => "pc", "host_os" => host_os,
    "host" => "#{cpu}-pc-#{host_os}", "host_alias" => "",
    "target_cpu" => cpu, "target_vendor" => "pc", "target_os" => os,
    "target" => "#{cpu}-pc-#{os}", "target_alias" => "",
    "build_cpu" => cpu, "build_vendor" => "pc", "build_os" => host_os,
    "build" => "#{cpu}-pc-#{host_os}",
    "EXEEXT" => "", "DLEXT" => "so", "SOEXT" => "so", "LIBEXT" => "a", "OBJEXT" => "o",
    "CC" => "gcc", "CPP" => "$(CC) -E", "CXX" => "g++",
    "CFLAGS" => "-O2", "CPPFLAGS" => "", "CXXFLAGS" => "-O2", "LDFLAGS" => "",
    "configure_args" => "",
    "SHELL" => "/bin/sh", "PATH_SEPARATOR" => File::PATH_SEPARATOR, "NULLCMD" => ":",
    "INSTALL" => "/usr/bin/install -c", "MKDIR_P" => "/bin/mkdir -p",
    "RM" => "rm -f", "CP" => "cp", "LN_S" => "ln -s",
    "ruby_pc" => "ruby-$(MAJOR).$(MINOR).pc",
    "ENABLE_SHARED" => "no",
    "LIBRUBY" => "", "LIBRUBYARG" => "", "LIBS" => "-lm",
  }

  # Replaces, in place, each $(name) or ${name} in val whose name config knows by that
  # entry expanded in turn; unknown references stay as written.
  def self.expand(val, config = CONFIG)
    out = val.gsub(/\$\((\w+)\)|\$\{(\w+)\}/) do |ref|
      name = $1 || $2
      sub = config[name]
      sub ? expand(sub.dup, config) : ref
    end
    val.replace(out)
  end

  CONFIG = {}
  MAKEFILE_CONFIG.each { |k, v| CONFIG[k] = v.dup }
  CONFIG.each_value { |v| expand(v) }
  MAKEFILE_CONFIG.each_value(&:freeze)

  def self.fire_update!(key, val, mkconf = MAKEFILE_CONFIG, conf = CONFIG)
    return if mkconf[key] == val
    mkconf[key] = val
    conf.each_key { |k| conf[k] = expand(mkconf[k].dup) if mkconf[k] }
    [key]
  end

  # The path of the running interpreter.
  def self.ruby
    File.join(CONFIG["bindir"], CONFIG["ruby_install_name"] + CONFIG["EXEEXT"])
  end
end
CROSS_COMPILING = nil unless defined? CROSS_COMPILING
