Maglev.persistent do
  # Monkey patch the Rabbit class
  class Rabbit
    def self.breed
      5.times.map { Rabbit.new }
    end
  end
end
Maglev.commit_transaction
