module MyApp
  class Error < StandardError; end
  class NotFound < Error
    def initialize(what) = super("#{what} not found")
  end
  class Invalid < Error
    attr_reader :field
    def initialize(field, msg = "is invalid")
      @field = field
      super("#{field} #{msg}")
    end
  end
end
def lookup(k)
  raise MyApp::NotFound, k unless k == "x"
  "found"
end
[-> { lookup("x") }, -> { lookup("y") }, -> { raise MyApp::Invalid.new(:email) },
 -> { raise MyApp::Invalid.new(:age, "too low") }, -> { raise MyApp::Error }].each do |l|
  begin
    p l.call
  rescue MyApp::NotFound => e
    puts "not found: #{e.message}"
  rescue MyApp::Invalid => e
    puts "invalid #{e.field.inspect}: #{e.message}"
  rescue MyApp::Error => e
    puts "generic #{e.class}: #{e.message}"
  end
end
p MyApp::Invalid.ancestors.take(4)
class WithMessage < StandardError
  def message = "overridden message"
end
begin
  raise WithMessage
rescue => e
  p e.message
end
p MyApp::NotFound.new("z").message
