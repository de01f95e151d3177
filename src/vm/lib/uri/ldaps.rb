# uri/ldaps: URI::LDAPS (defined with URI::LDAP in uri/ldap).
require "uri/ldap"
