using MarketingSaaS.Approvals;
using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Plans;

/// <summary>An approved event's start is a key date: makes sure the company's rehearsal reminder schedule exists.</summary>
public sealed class RehearsalScheduleOnApproval(RehearsalReminderSchedule schedule) : IApprovalOutcomeHandler
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
