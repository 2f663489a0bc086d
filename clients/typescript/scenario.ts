// The whole journey of the README, through the TypeScript client generated from openapi/openapi.yaml
// and nothing else: no request here is written by hand. Run by clients/typescript/run-scenario.sh
// against the packaged jar (prod profile, embedded PostgreSQL, the WeChat stand-in).
import {
  AdminApi, ApplicationsApi, CardApplyForm, Configuration, IdentityApi, IntegrationsApi, MembersApi, MembershipJoinForm,
  PlacesApi, ResponseError,
} from "../../target/typescript-client";

const api = process.env.GONGHUI_API ?? "http://localhost:8080";
const admin = { username: need("GONGHUI_BOOTSTRAP_ADMIN_USERNAME"), password: need("GONGHUI_BOOTSTRAP_ADMIN_PASSWORD") };
const run = Date.now().toString(36);
const DESHENG_OUTDOOR_STATION = "01a20144-3af1-7ea3-9ce3-d9690a412c72";

function need(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

/**
 * The client's configuration for a caller. Every scheme of the contract (member, officer, admin,
 * integrator) is an HTTP bearer scheme, for which typescript-fetch prefixes "Bearer " itself.
 */
function as(token?: string): Configuration {
  return new Configuration({
    basePath: api,
    accessToken: token === undefined ? undefined : async () => token,
  });
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(`expected ${what}, got nothing`);
  }
  return value;
}

function expect(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

let steps = 0;
async function step<T>(what: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await action();
  steps++;
  console.log(`ok ${steps} - ${what} (${Date.now() - started} ms)`);
  return result;
}

/** A GB 11643 number of 西城 (110102) for someone born on the day, with its check character. */
function idNumber(birthday: string, sequence: string): string {
  const body = "110102" + birthday + sequence;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = body.split("").reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return body + "10X98765432"[sum % 11];
}

/** A 16-digit number of the bank's range (BIN 621483) with a valid Luhn check digit. */
function cardNumber(): string {
  const body = "621483" + String(Date.now()).slice(-9);
  for (let check = 0; check < 10; check++) {
    const digits = body + check;
    const sum = digits.split("").reverse().map(Number)
      .reduce((total, digit, i) => total + (i % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
    if (sum % 10 === 0) {
      return digits;
    }
  }
  throw new Error("no check digit");
}

async function officerSession(username: string, password: string): Promise<string> {
  const session = await new IdentityApi(as()).signInAsOfficer({ officerCredentials: { username, password } });
  return session.accessToken;
}

async function clientToken(clientId: string, clientSecret: string, scope: string): Promise<string> {
  const token = await new IdentityApi(as()).issueClientToken({ grantType: "client_credentials", clientId, clientSecret, scope });
  return token.accessToken;
}

/** An officer's action on an application, with the ETag the officer last read. */
async function act(token: string, id: string, action: Parameters<AdminApi["actOnApplication"]>[0]["action"],
                   body: Parameters<AdminApi["actOnApplication"]>[0]["officerAction"] = {}) {
  const admin = new AdminApi(as(token));
  const read = await admin.getQueuedApplicationRaw({ id });
  const ifMatch = must(read.raw.headers.get("ETag"), "an ETag on the application");
  return admin.actOnApplication({ id, action, ifMatch, officerAction: body });
}

async function scenario(): Promise<void> {
  // --- the union's administrator sets up the street officer, the bank and the merchant --------------
  const chosen = admin.password + "-chosen";
  const adminToken = await step("the administrator chooses a password and signs in", async () => {
    await new IdentityApi(as()).changeOfficerPassword({ officerPasswordChange: {
      username: admin.username, currentPassword: admin.password, newPassword: chosen } });
    return officerSession(admin.username, chosen);
  });
  const administration = new AdminApi(as(adminToken));
  const officerToken = await step("the administrator creates the 德胜 street officer, who signs in", async () => {
    const username = `desheng-${run}`;
    const first = "Willow-Harbor-5183", own = "Willow-Harbor-5184x";
    await administration.createOfficer({ idempotencyKey: `officer-${run}`, newOfficer: {
      username, displayName: "德胜街道 王老师", role: "officer", streetCodes: ["desheng"], lawyer: false,
      initialPassword: first } });
    await new IdentityApi(as()).changeOfficerPassword({ officerPasswordChange: {
      username, currentPassword: first, newPassword: own } });
    return officerSession(username, own);
  });
  const [bank, merchant] = await step("the administrator registers the bank and a merchant as integrators", async () => {
    const bankClient = await administration.createIntegratorClient({
      newIntegratorClient: { name: "北京银行 发卡系统", scopes: ["cards:issue"] } });
    const merchantClient = await administration.createIntegratorClient({
      newIntegratorClient: { name: "普惠影院", scopes: ["cards:verify"] } });
    return [
      await clientToken(bankClient.client.clientId, bankClient.clientSecret, "cards:issue"),
      await clientToken(merchantClient.client.clientId, merchantClient.clientSecret, "cards:verify"),
    ];
  });

  // --- a worker joins the union in 德胜 ------------------------------------------------------------
  const worker = await step("a worker signs in with WeChat", async () => {
    const session = await new IdentityApi(as()).signInWithWeChat({ weChatCode: { code: `wx-worker-${run}` } });
    expect(session.newMember, true, "a first sign-in makes a new member");
    return session.accessToken;
  });
  const me = new MembersApi(as(worker));
  const applications = new ApplicationsApi(as(worker));
  await step("she binds her phone number from WeChat", async () => {
    const profile = await new IdentityApi(as(worker)).bindWeChatPhone({ weChatCode: { code: "phone-13812345678" } });
    expect(profile.phone?.endsWith("5678"), true, "her phone number bound");
  });
  await step("she verifies her identity", async () => {
    const profile = await me.setMyIdentity({ identity: { name: "李晓梅", idNumber: idNumber("19960618", "124") } });
    expect(profile.identityVerified, true, "identity verified");
  });
  const consent = async (purpose: "membership" | "card") => {
    const consents = await me.listMyConsents();
    const policy = must(consents.items.find((item) => item.purpose === purpose), purpose);
    await me.giveConsent({ purpose, consentRequest: { policyVersion: must(policy.currentPolicyVersion, "a policy") } });
  };
  const joinId = await step("she agrees to the membership policy and applies to join in 德胜", async () => {
    await consent("membership");
    const form: MembershipJoinForm = { occupation: "food_delivery_rider" };
    const submitted = await applications.submitApplication({ idempotencyKey: `join-${run}`, applicationRequest: {
      serviceCode: "membership.join", streetCode: "desheng", form } });
    expect(submitted.summary.status, "submitted", "the application's status");
    return submitted.summary.id;
  });
  await step("the 德胜 officer accepts it and invites her to the station", async () => {
    await act(officerToken, joinId, "accept");
    const invited = await act(officerToken, joinId, "invite-appointment", { stationId: DESHENG_OUTDOOR_STATION });
    expect(invited.summary.status, "awaiting_appointment", "after the invitation");
  });
  await step("she books the first free slot at the station", async () => {
    const slots = await new PlacesApi(as()).listStationSlots({ id: DESHENG_OUTDOOR_STATION });
    const free = must(slots.items.find((slot) => slot.remaining > 0), "a free slot");
    const booked = await applications.bookAppointment({ id: joinId, appointmentBooking: { slotId: free.id } });
    expect(booked.appointment?.status, "booked", "the appointment");
  });
  await step("the officer records her visit and approves: she is a member", async () => {
    await act(officerToken, joinId, "record-visit", { outcome: "arrived" });
    const approved = await act(officerToken, joinId, "approve");
    expect(approved.summary.status, "approved", "the application's status");
    const membership = await me.getMyMembership();
    expect(membership.status, "active", "her membership");
  });

  // --- the member card: applied for, issued by the bank, used at a merchant ------------------------
  const number = cardNumber();
  await step("she applies for the member card; the officer confirms it", async () => {
    await consent("card");
    const form: CardApplyForm = { pickupPreference: "branch" };
    const applied = await applications.submitApplication({ idempotencyKey: `card-${run}`, applicationRequest: {
      serviceCode: "card.apply", streetCode: "desheng", form } });
    const id = applied.summary.id;
    await act(officerToken, id, "accept");
    const approved = await act(officerToken, id, "approve");
    expect(approved.summary.status, "approved", "the card application");
  });
  await step("the bank takes the order and reports the card issued", async () => {
    const cards = await me.getMyCards();
    const cardId = must(cards.items[0]?.id, "her card");
    const orders = await new IntegrationsApi(as(bank)).listCardOrders({ kind: "issue", limit: 100 });
    const order = must(orders.items.find((item) => item.cardId === cardId), "the bank's order for her card");
    const integrations = new IntegrationsApi(as(bank));
    const id = order.id;
    for (const cardOrderReport of [
      { status: "accepted" as const }, { status: "produced" as const },
      { status: "ready_for_pickup" as const, branch: "北京银行德胜门支行" },
      { status: "issued" as const, cardNumber: number, lastFour: number.slice(-4) },
    ]) {
      await integrations.reportCardOrderStatus({ id, cardOrderReport });
    }
    const issued = await me.getMyCards();
    expect(issued.items[0]?.status, "active", "her card");
  });
  await step("a merchant verifies her card's QR code and records one use", async () => {
    const qr = (await me.getMyCardQr()).qrToken;
    const shop = new IntegrationsApi(as(merchant));
    const verified = await shop.verifyCard({ cardVerificationRequest: { qrToken: qr } });
    expect(verified.valid, true, "the QR code verifies");
    expect(verified.cardLastFour, number.slice(-4), "the card's last four digits");
    const used = await shop.recordBenefitUse({ idempotencyKey: `use-${run}`,
      benefitUseRequest: { programCode: "cinema", qrToken: qr, amount: "35.00" } });
    expect(used.amount, "35.00", "the use recorded");
  });

  // --- and she takes her data with her ----------------------------------------------------------------
  await step("she exports her data", async () => {
    const data = await me.exportMyData();
    expect(data.profile?.realName, "李晓梅", "her name in the export");
    expect(data.membership?.status, "active", "her membership in the export");
    expect(data.applications?.length, 2, "her applications in the export");
  });
}

scenario().then(() => {
  console.log(`scenario: ${steps} passed, 0 failed`);
}, async (error: unknown) => {
  console.log(`not ok ${steps + 1} - ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof ResponseError) {
    console.log(`${error.response.status} ${error.response.url}\n${await error.response.text()}`);
  } else if (error instanceof Error && error.stack) {
    console.log(error.stack);
  }
  console.log(`scenario: ${steps} passed, 1 failed`);
  process.exit(1);
});
