# json/add/core: the JSON additions of the core and date classes, so that JSON.dump
# writes them as {"json_class": ..., fields} and JSON.load (create_additions) rebuilds them.
require "json/add/date"
require "json/add/date_time"
require "json/add/exception"
require "json/add/range"
require "json/add/regexp"
require "json/add/struct"
require "json/add/symbol"
require "json/add/time"
