# $-w and $-v name $VERBOSE, $-d names $DEBUG (reading and assigning).
p [$-w, $-v, $VERBOSE, $-d, $DEBUG]
$VERBOSE = true
p [$-w, $-v]
$-w = nil
p [$VERBOSE, $-v]
$-d = true
p $DEBUG
$DEBUG = false
p $-d
