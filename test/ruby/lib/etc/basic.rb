require 'etc'
p Etc::VERSION, Etc::Passwd.members, Etc::Group.members
p Etc.getpwuid(0), Etc.getpwnam("root").to_a, Etc.getgrgid(0), Etc.getgrnam("root").name
p Etc.getpwuid.uid == Process.uid, Etc.getpwuid(Process.uid).name.class
p((Etc.getpwnam("no such user here") rescue $!))
p((Etc.getgrgid(987654) rescue $!))
u = Etc.uname
p u.keys, u.values.map(&:class), u[:sysname], u[:machine] == `uname -m`.chomp, u[:release] == `uname -r`.chomp
p Etc.nprocessors.is_a?(Integer) && Etc.nprocessors >= 1
p Etc.sysconf(Etc::SC_PAGESIZE), Etc.sysconf(Etc::SC_CLK_TCK), Etc.confstr(Etc::CS_PATH)
p Etc::SC_NPROCESSORS_ONLN, Etc::PC_NAME_MAX, Etc::CS_PATH
p Etc.sysconfdir, Etc.systmpdir
names = []
Etc.passwd { |pw| names << pw.name }
p names.include?("root"), names.size == File.readlines("/etc/passwd").size
p Etc::Passwd.each.first.name, Etc::Group.map(&:name).include?("root")
Etc.setpwent
p Etc.getpwent.class, Etc.getpwent.class
Etc.endpwent
p Etc.group.class
p [NilClass, String].include?(Etc.getlogin.class)
p Etc.respond_to?(:getpwuid), Etc.private_instance_methods.include?(:getpwuid)
