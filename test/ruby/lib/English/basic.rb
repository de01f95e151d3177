require 'English'

begin
  raise ArgumentError, "boom"
rescue
  p $ERROR_INFO.class, $ERROR_INFO.message
end
"hello world" =~ /o (w)/
p $MATCH, $PREMATCH, $POSTMATCH, $LAST_PAREN_MATCH, $LAST_MATCH_INFO.class
p $PROGRAM_NAME.end_with?("basic.rb"), $PID == Process.pid, $PROCESS_ID.class
p $INPUT_RECORD_SEPARATOR, $RS, $OUTPUT_FIELD_SEPARATOR
p $FIELD_SEPARATOR, $ARGV
