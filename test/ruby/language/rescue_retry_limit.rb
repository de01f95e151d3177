class Flaky
  def initialize(fails) = @fails = fails
  def call
    if @fails > 0
      @fails -= 1
      raise IOError, "flake #{@fails}"
    end
    :ok
  end
end
def with_retries(max)
  attempts = 0
  begin
    attempts += 1
    yield
  rescue IOError => e
    puts "attempt #{attempts} failed: #{e.message}"
    retry if attempts < max
    :gave_up
  end
end
f1 = Flaky.new(2)
p with_retries(5) { f1.call }
f = Flaky.new(10)
p with_retries(3) { f.call }
