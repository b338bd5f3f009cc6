using System.Text.Json;
using MarketingSaaS.Events.Metrics;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.Events.Tests.Registrations;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Metrics;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Metrics;

/// <summary>The Events module's metrics read through the platform's metric registry, in the company's calendar (Asia/Shanghai).</summary>
public abstract class EventsMetricTests(ApiFixture fixture)
{
    private static readonly DateOnly March2 = new(2026, 3, 2);
    private static readonly DateOnly March3 = new(2026, 3, 3);

    [Fact]
    public async Task Registrations_count_on_the_company_day_they_were_made_per_owner_unit()
    {
        var (session, brandEvent, salesEvent, brandUnit) = await ArrangeAsync();
        // 2026-03-02 16:30 UTC is 00:30 on 3 March in Shanghai.
        fixture.Factory.Clock.Set(new DateTimeOffset(2026, 3, 2, 16, 30, 0, TimeSpan.Zero));
        await RegisterAsync(session, brandEvent, "Li Lei", "Han Meimei");
        await RegisterAsync(session, salesEvent, "Wang Fang");

        (await ReadAsync(session, EventsMetrics.Registrations, March3, March3.AddDays(1), null)).Value.ShouldBe(3m);
        (await ReadAsync(session, EventsMetrics.Registrations, March3, March3.AddDays(1), brandUnit)).Value.ShouldBe(2m);
        (await ReadAsync(session, EventsMetrics.Registrations, March2, March3, null)).Value.ShouldBe(0m);
    }

    [Fact]
    public async Task The_attendance_rate_is_checked_in_over_confirmed_for_events_that_started_in_the_period()
    {
        var (session, brandEvent, salesEvent, brandUnit) = await ArrangeAsync();
        var brandCodes = await RegisterAsync(session, brandEvent, "Li Lei", "Han Meimei");
        await RegisterAsync(session, salesEvent, "Wang Fang");
        await session.Admin.PostJsonAsync<JsonElement>($"/api/events/{brandEvent}/check-ins", new { code = brandCodes[0] });
        var april = new DateOnly(2026, 4, 1);

        var brand = await ReadAsync(session, EventsMetrics.AttendanceRate, april, april.AddMonths(1), brandUnit);
        var company = await ReadAsync(session, EventsMetrics.AttendanceRate, april, april.AddMonths(1), null);
        var may = await ReadAsync(session, EventsMetrics.AttendanceRate, april.AddMonths(1), april.AddMonths(2), null);

        (brand.Value, brand.Numerator, brand.Denominator).ShouldBe((0.5m, 1m, 2m));
        (company.Value, company.Numerator, company.Denominator).ShouldBe((0.3333m, 1m, 3m));
        (may.Value, may.Denominator).ShouldBe((null, 0m));
    }

    [Fact]
    public async Task With_the_module_off_its_metrics_are_not_listed_and_reading_one_is_unknown()
    {
        var session = await fixture.SignUpWithEventsAsync();
        (await DefinitionsAsync(session)).ShouldContain(EventsMetrics.AttendanceRate);

        await session.SetEventsModuleAsync(false);

        (await DefinitionsAsync(session)).ShouldNotContain(EventsMetrics.Registrations);
        var error = await Should.ThrowAsync<BusinessException>(() => ReadAsync(session, EventsMetrics.Registrations, March2, March3, null));
        (error.Code, error.StatusCode).ShouldBe((MetricReader.UnknownMetric, 404));
    }

    private async Task<(TenantSession Session, Guid BrandEvent, Guid SalesEvent, Guid BrandUnit)> ArrangeAsync()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var brandUnit = await session.CreateUnitAsync("Brand");
        var salesUnit = await session.CreateUnitAsync("Sales");
        return (session, await OpenEventAsync(session, brandUnit, "Brand salon"), await OpenEventAsync(session, salesUnit, "Sales salon"), brandUnit);
    }

    private async Task<Guid> OpenEventAsync(TenantSession session, Guid unitId, string name)
    {
        var eventId = (await session.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(unitId, name))).Id();
        await fixture.SetEventStatusAsync(session.TenantId, eventId, MarketingSaaS.Events.MarketingEvents.MarketingEventStatus.Approved);
        (await session.Admin.PutAsync($"/api/events/{eventId}/registration-settings", new { capacity = 10, isOpen = true })).EnsureSuccessStatusCode();
        return eventId;
    }

    private async Task<List<string>> RegisterAsync(TenantSession session, Guid eventId, params string[] names)
    {
        var codes = new List<string>();
        foreach (var name in names)
        {
            codes.Add((await fixture.Anonymous().RegisterJsonAsync(session.PublicUrl(eventId), name)).GetProperty("checkInCode").GetString()!);
        }

        return codes;
    }

    private async Task<MetricValue> ReadAsync(TenantSession session, string metric, DateOnly from, DateOnly to, Guid? unitId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(session.TenantId);
        return await scope.ServiceProvider.GetRequiredService<IMetricReader>().ReadAsync(metric, from, to, unitId);
    }

    private async Task<List<string>> DefinitionsAsync(TenantSession session)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(session.TenantId);
        return [.. (await scope.ServiceProvider.GetRequiredService<IMetricReader>().GetDefinitionsAsync()).Select(d => d.Name)];
    }
}

public sealed class EventsMetricTestsOnSqlite(SqliteApiFixture fixture) : EventsMetricTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventsMetricTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventsMetricTests(fixture), IClassFixture<PostgreSqlApiFixture>;
