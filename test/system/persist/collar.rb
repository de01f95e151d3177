class Dog; class Collar; def self.x; :collar; end; end; end
