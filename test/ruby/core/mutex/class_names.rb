# Mutex, Queue, SizedQueue and ConditionVariable live in Thread (3.1 names) with
# top-level aliases.
p Mutex.name, Queue.name, SizedQueue.name, ConditionVariable.name
p Mutex.new.class, Mutex.equal?(Thread::Mutex), Queue.equal?(Thread::Queue)
p Thread::Mutex.new.inspect.start_with?("#<Thread::Mutex:")
