using System.Text.Json;
using MarketingSaaS.Events.Tests.Registrations;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.IntegrationEvents;

/// <summary>
/// Events publishes <c>Events.AttendeeCheckedIn</c> through the outbox: each subscriber gets it once, after the check-in
/// committed, in the company's context; a subscriber whose module the company has off gets nothing.
/// </summary>
public abstract class AttendeeCheckedInIntegrationEventTests(ApiFixture fixture)
{
    private AttendeeCheckedInRecorder Recorder => fixture.Services.GetRequiredService<AttendeeCheckedInRecorder>();

    [Fact]
    public async Task A_first_check_in_reaches_a_subscriber_once_after_the_commit_in_the_company_of_the_event()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5, name: "Autumn salon");
        var registration = await fixture.Anonymous().RegisterJsonAsync(session.PublicUrl(eventId), "Li Lei", "li.lei@example.com");

        await CheckInAsync(session, eventId, registration);
        Recorder.HeardBy(AlwaysOnAttendeeSubscriber.Name, eventId).ShouldBeEmpty("delivered by the job worker, after the commit");
        await DrainAsync();
        await CheckInAsync(session, eventId, registration);
        await DrainAsync();

        var heard = Recorder.Heard.Where(h => h.Subscriber == AlwaysOnAttendeeSubscriber.Name && h.Event.EventId == eventId).ToList();
        heard.Count.ShouldBe(1, "the second scan was already checked in");
        heard[0].Tenant.ShouldBe(session.TenantId);
        heard[0].Event.RegistrationId.ShouldBe((await session.RegistrationsAsync(eventId)).Single().GetProperty("id").GetGuid());
        heard[0].Event.EventName.ShouldBe("Autumn salon");
        heard[0].Event.Email.ShouldBe("li.lei@example.com");
        heard[0].Context.EventId.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task A_subscriber_whose_module_the_company_has_off_hears_nothing_until_it_is_switched_on()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        var before = await fixture.Anonymous().RegisterJsonAsync(session.PublicUrl(eventId), "Han Meimei");
        var after = await fixture.Anonymous().RegisterJsonAsync(session.PublicUrl(eventId), "Wang Fang");

        await CheckInAsync(session, eventId, before);
        await DrainAsync();
        (await session.Admin.PutAsync($"/api/modules/{ListenerModuleManifest.Switch}", new { isEnabled = true })).EnsureSuccessStatusCode();
        await CheckInAsync(session, eventId, after);
        await DrainAsync();

        Recorder.HeardBy(ListenerModuleAttendeeSubscriber.Name, eventId).Select(e => e.Name).ShouldBe(["Wang Fang"]);
        Recorder.HeardBy(AlwaysOnAttendeeSubscriber.Name, eventId).Select(e => e.Name).OrderBy(n => n).ShouldBe(["Han Meimei", "Wang Fang"]);
    }

    private static async Task CheckInAsync(TenantSession session, Guid eventId, JsonElement registration) =>
        await session.Admin.PostJsonAsync<JsonElement>($"/api/events/{eventId}/check-ins", new { code = registration.GetProperty("checkInCode").GetString() });

    private async Task DrainAsync()
    {
        var worker = fixture.Services.GetRequiredService<BackgroundJobWorker>();
        while (await worker.RunOnceAsync() > 0)
        {
        }
    }
}

public sealed class AttendeeCheckedInIntegrationEventTestsOnSqlite(IntegrationEventSqliteFixture fixture)
    : AttendeeCheckedInIntegrationEventTests(fixture), IClassFixture<IntegrationEventSqliteFixture>;

public sealed class AttendeeCheckedInIntegrationEventTestsOnPostgreSql(IntegrationEventPostgreSqlFixture fixture)
    : AttendeeCheckedInIntegrationEventTests(fixture), IClassFixture<IntegrationEventPostgreSqlFixture>;
