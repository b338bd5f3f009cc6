using MarketingSaaS.Events.Figures;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Figures;

/// <summary>Hand-computed fixtures: decimals exact, ratios rounded as documented, zero denominators give null.</summary>
public sealed class EventFiguresCalculatorTests
{
    [Fact]
    public void Cost_per_head_attendance_rate_and_roi_from_a_hand_computed_fixture()
    {
        // cost 2,000.00; 3 registrants, 2 attendees, 7 leads; revenue 2,500.00
        var f = EventFiguresCalculator.Calculate(2500.00m, 2000.00m, new EventAttendanceCounts(3, 2, 7), 2500.00m);

        f.CostPerRegistrant.ShouldBe(666.67m);   // 666.666…
        f.CostPerAttendee.ShouldBe(1000.00m);
        f.CostPerLead.ShouldBe(285.71m);         // 285.714…
        f.AttendanceRate.ShouldBe(0.6667m);      // 2 / 3
        f.Roi.ShouldBe(0.25m);                   // (2500 − 2000) / 2000
        f.Budget.ShouldBe(2500.00m);
    }

    [Fact]
    public void A_loss_is_a_negative_roi_and_no_revenue_is_minus_one()
    {
        EventFiguresCalculator.Calculate(0m, 1999.99m, EventAttendanceCounts.None, 0m).Roi.ShouldBe(-1m);
        EventFiguresCalculator.Calculate(0m, 3000.00m, EventAttendanceCounts.None, 1000.00m).Roi.ShouldBe(-0.6667m); // −2000 / 3000
    }

    [Fact]
    public void Zero_cost_or_no_revenue_gives_a_null_roi_and_zero_counts_null_ratios()
    {
        var free = EventFiguresCalculator.Calculate(0m, 0m, new EventAttendanceCounts(10, 0, 0), 500m);
        var noRevenue = EventFiguresCalculator.Calculate(0m, 100m, EventAttendanceCounts.None, null);

        free.Roi.ShouldBeNull();
        free.AttendanceRate.ShouldBe(0m);
        free.CostPerAttendee.ShouldBeNull();
        free.CostPerRegistrant.ShouldBe(0m);
        noRevenue.Roi.ShouldBeNull();
        noRevenue.AttendanceRate.ShouldBeNull();
        noRevenue.CostPerLead.ShouldBeNull();
    }
}
