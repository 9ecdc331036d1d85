// One test at a time: the browser tests share the machine's two cores with a server, and the performance figures
// must not be measured while another test runs.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
