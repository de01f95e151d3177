# etc: Etc, the host's user and group databases and system facts: getpwuid/getpwnam,
# getgrgid/getgrnam (Etc::Passwd and Etc::Group structs), passwd/group (every entry, or
# an iteration with a block), getlogin, uname, nprocessors, sysconf/confstr with the
# SC_/CS_/PC_ constants, sysconfdir and systmpdir. The system calls are
# Maglev::Etc's (core/etc.cc).
module Etc
  VERSION = "1.3.0"

  Passwd = Struct.new(:name, :passwd, :uid, :gid, :gecos, :dir, :shell)
  Group = Struct.new(:name, :passwd, :gid, :mem)
  [Passwd, Group].each do |klass|
    klass.extend(Enumerable)
    def klass.each(&block)
      return enum_for(:each) unless block
      Etc.__entries(self == Etc::Passwd ? :passwd : :group).each(&block)
      self
    end
  end

  Maglev::Etc.constants.each { |name| const_set(name, Maglev::Etc.const_get(name)) }

  module_function

  def getlogin
    Maglev::Etc.getlogin || ENV["USER"]
  end

  def getpwuid(uid = Process.uid)
    row = Maglev::Etc.getpwuid(uid) or raise ArgumentError, "can't find user for #{uid}"
    Passwd.new(*row)
  end

  def getpwnam(name)
    row = Maglev::Etc.getpwnam(name) or raise ArgumentError, "can't find user for #{name}"
    Passwd.new(*row)
  end

  def getgrgid(gid = Process.gid)
    row = Maglev::Etc.getgrgid(gid) or raise ArgumentError, "can't find group for #{gid}"
    Group.new(*row)
  end

  def getgrnam(name)
    row = Maglev::Etc.getgrnam(name) or raise ArgumentError, "can't find group for #{name}"
    Group.new(*row)
  end

  # With a block, yields every user; without, the next one of an iteration started by
  # setpwent (nil at the end).
  def passwd
    return Etc.__entries(:passwd).each { |e| yield e } && nil if block_given?
    getpwent
  end

  def group
    return Etc.__entries(:group).each { |e| yield e } && nil if block_given?
    getgrent
  end

  def setpwent = (@__pw_pos = 0; nil)
  def endpwent = (@__pw_pos = nil; nil)
  def setgrent = (@__gr_pos = 0; nil)
  def endgrent = (@__gr_pos = nil; nil)

  def getpwent
    @__pw_pos ||= 0
    e = Etc.__entries(:passwd)[@__pw_pos]
    @__pw_pos += 1 if e
    e
  end

  def getgrent
    @__gr_pos ||= 0
    e = Etc.__entries(:group)[@__gr_pos]
    @__gr_pos += 1 if e
    e
  end

  def uname
    %i[sysname nodename release version machine].zip(Maglev::Etc.uname).to_h
  end

  def nprocessors = Maglev::Etc.nprocessors
  def sysconf(name) = Maglev::Etc.sysconf(name)
  def confstr(name) = Maglev::Etc.confstr(name)
  def sysconfdir = "/etc"
  def systmpdir = "/tmp"

  def self.__entries(kind)
    if kind == :passwd
      Maglev::Etc.all_passwd.map { |row| Passwd.new(*row) }
    else
      Maglev::Etc.all_group.map { |row| Group.new(*row) }
    end
  end
end
