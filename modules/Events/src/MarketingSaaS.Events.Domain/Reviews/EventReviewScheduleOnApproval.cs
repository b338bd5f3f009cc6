using MarketingSaaS.Approvals;
using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Reviews;

/// <summary>An approved event will need a review: makes sure the company's review deadline schedule exists.</summary>
public sealed class EventReviewScheduleOnApproval(EventReviewDeadlineSchedule schedule) : IApprovalOutcomeHandler
{
    public string SubjectModule => MarketingEventConsts.ApprovalSubjectModule;

    public async Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Status == ApprovalRequestStatus.Approved)
        {
            await schedule.EnsureAsync(cancellationToken);
        }
    }
}
