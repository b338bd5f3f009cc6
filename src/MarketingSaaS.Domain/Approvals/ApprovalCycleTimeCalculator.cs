namespace MarketingSaaS.Approvals;

/// <summary>
/// Cycle times from the route snapshots: a stage runs from the submission (first stage) or the previous
/// stage's completion (or the return that restarted it) until its own completion; stages nobody decided (skipped after a rejection) are left out.
/// A whole request runs from its (last) submission until it was approved or rejected.
/// </summary>
public static class ApprovalCycleTimeCalculator
{
    public static IReadOnlyList<ApprovalCycleTime> Calculate(IEnumerable<ApprovalRequest> requests)
    {
        var samples = new List<(Guid PolicyId, int? StageIndex, TimeSpan Duration)>();
        foreach (var request in requests)
        {
            var start = request.SubmissionTime;
            foreach (var stage in request.Stages.OrderBy(s => s.Index))
            {
                if (stage.CompletionTime is not { } end || stage.Approvers.All(a => a.State is ApproverState.Pending or ApproverState.Skipped))
                {
                    break;
                }

                samples.Add((request.PolicyId, stage.Index, end - (stage.RestartedAt ?? start)));
                start = end;
            }

            if (request.Status is ApprovalRequestStatus.Approved or ApprovalRequestStatus.Rejected)
            {
                samples.Add((request.PolicyId, null, start - request.SubmissionTime));
            }
        }

        return [.. samples
            .GroupBy(s => (s.PolicyId, s.StageIndex))
            .OrderBy(g => g.Key.PolicyId).ThenBy(g => g.Key.StageIndex ?? -1)
            .Select(g => Summarize(g.Key.PolicyId, g.Key.StageIndex, [.. g.Select(s => s.Duration).Order()]))];
    }

    private static ApprovalCycleTime Summarize(Guid policyId, int? stageIndex, TimeSpan[] sorted)
    {
        // Nearest-rank p90.
        var rank = (int)Math.Ceiling(0.9 * sorted.Length) - 1;
        var average = TimeSpan.FromTicks((long)sorted.Average(d => d.Ticks));
        return new ApprovalCycleTime(policyId, stageIndex, sorted.Length, average, sorted[rank]);
    }
}
