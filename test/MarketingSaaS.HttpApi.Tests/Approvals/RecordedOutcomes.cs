using System.Collections.Concurrent;
using MarketingSaaS.Approvals;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

public sealed class RecordedOutcomes
{
    private readonly ConcurrentQueue<ApprovalOutcome> _outcomes = new();

    public void Add(ApprovalOutcome outcome) => _outcomes.Enqueue(outcome);

    public IReadOnlyList<ApprovalOutcome> For(string subjectId) => [.. _outcomes.Where(o => o.SubjectId == subjectId)];
}
