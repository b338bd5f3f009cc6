namespace MarketingSaaS.BackgroundJobs;

/// <param name="Number">Names the job in <c>probe_job_runs</c>.</param>
/// <param name="DelayMilliseconds">How long the job works between its "started" and "finished" rows.</param>
/// <param name="Record">False: a no-op job (benchmarks).</param>
public sealed record ProbeJobArgs(int Number, int DelayMilliseconds = 0, bool Record = true);
