# yaml/store: YAML::Store, a PStore whose file holds the table as YAML (to_yaml with the
# options given after the file name) instead of Marshal data.
require "yaml"
require "pstore"

class YAML::Store < PStore
  def initialize(*args)
    @opt = args.last.is_a?(Hash) ? args.pop.dup : {}
    super(*args)
  end

  def dump(table) = table.to_yaml(@opt)

  def load(content)
    table = YAML.unsafe_load(content)
    table == false ? {} : table
  end

  def marshal_dump_supports_canonical_option? = false

  def empty_marshal_data = {}.to_yaml(@opt)

  def empty_marshal_checksum = CHECKSUM_ALGO.digest(empty_marshal_data)
end
