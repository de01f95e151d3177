p :before_end
__END__
p :never_runs
this is not ruby at all {{{
