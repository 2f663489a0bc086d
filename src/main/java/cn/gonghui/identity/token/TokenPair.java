package cn.gonghui.identity.token;

import java.util.UUID;

/** What a login or a refresh hands out. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, UUID session) {
}
