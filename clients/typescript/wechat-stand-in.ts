// WeChat's HTTP API as far as the service uses it, for the scenario: the production build has no fake
// WeChat of its own (and refuses to turn one on), so the jar is pointed at this one with
// GONGHUI_WECHAT_API_HOST and runs its real WeChat client against it. Login code `wx-<name>` is the
// openid `o-<name>`; phone code `phone-<11 digits>` is that number; anything else is an invalid code.
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";

function answer(response: ServerResponse, body: object): void {
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    request.on("end", () => resolve(text));
  });
}

const invalid = { errcode: 40029, errmsg: "invalid code" };

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://stand-in");
  const text = await bodyOf(request);
  if (url.pathname === "/cgi-bin/stable_token" || url.pathname === "/cgi-bin/token") {
    answer(response, { access_token: "stand-in-access-token", expires_in: 7200 });
  } else if (url.pathname === "/sns/jscode2session") {
    const login = /^wx-([a-z0-9-]{1,40})$/.exec(url.searchParams.get("js_code") ?? "");
    answer(response, login ? { openid: `o-${login[1]}`, session_key: "c3RhbmQtaW4ta2V5" } : invalid);
  } else if (url.pathname === "/wxa/business/getuserphonenumber") {
    const code = text ? (JSON.parse(text) as { code?: string }).code ?? "" : "";
    const phone = /^phone-(1\d{10})$/.exec(code);
    answer(response, phone ? {
      errcode: 0, errmsg: "ok",
      phone_info: { phoneNumber: phone[1], purePhoneNumber: phone[1], countryCode: "86" },
    } : invalid);
  } else if (url.pathname === "/cgi-bin/message/subscribe/send") {
    answer(response, { errcode: 0, errmsg: "ok" });
  } else {
    response.writeHead(404).end();
  }
});

// port 0: the system picks a free one; the first line printed says which
server.listen(Number(process.env.WECHAT_STAND_IN_PORT ?? 0), "127.0.0.1", () => {
  console.log(`WeChat stand-in on port ${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
